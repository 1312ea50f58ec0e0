package dev.tandem.kernel;

import java.util.Set;

/**
 * The life of a booking: {@code PENDING → CONFIRMED → IN_PROGRESS → COMPLETED}, and
 * {@code PENDING | CONFIRMED → CANCELLED}. Every other move is refused.
 */
public enum BookingStatus {
    PENDING,
    CONFIRMED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    public boolean canMoveTo(BookingStatus next) {
        return switch (this) {
            case PENDING -> Set.of(CONFIRMED, CANCELLED).contains(next);
            case CONFIRMED -> Set.of(IN_PROGRESS, CANCELLED).contains(next);
            case IN_PROGRESS -> next == COMPLETED;
            case COMPLETED, CANCELLED -> false;
        };
    }

    /** Whether the booking still holds its provider's time (it blocks the slot). */
    public boolean holdsSlot() {
        return this == PENDING || this == CONFIRMED || this == IN_PROGRESS;
    }
}
