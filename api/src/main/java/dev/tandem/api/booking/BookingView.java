package dev.tandem.api.booking;

import dev.tandem.api.Instants;
import java.time.Instant;

/** A booking as the API shows it. */
public record BookingView(
        String id,
        String status,
        String service,
        Instant scheduledStart,
        Instant scheduledEnd,
        int durationMinutes,
        long priceCents,
        String currency,
        CustomerSummary customer,
        String providerId,
        Instant offerExpiresAt,
        Instant startedAt,
        Instant completedAt,
        Instant cancelledAt,
        String notes,
        RatingView rating,
        long version,
        Instant createdAt,
        Instant updatedAt,
        ArrivalWindow arrivalWindow) {

    public BookingView {
        scheduledStart = Instants.millis(scheduledStart);
        scheduledEnd = Instants.millis(scheduledEnd);
        offerExpiresAt = Instants.millis(offerExpiresAt);
        startedAt = Instants.millis(startedAt);
        completedAt = Instants.millis(completedAt);
        cancelledAt = Instants.millis(cancelledAt);
        createdAt = Instants.millis(createdAt);
        updatedAt = Instants.millis(updatedAt);
    }
}
