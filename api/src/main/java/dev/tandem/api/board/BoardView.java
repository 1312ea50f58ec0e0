package dev.tandem.api.board;

import dev.tandem.api.Instants;
import java.time.Instant;
import java.util.List;

/**
 * The board at an instant: every active provider as the live board showed it then, and the bookings of the
 * business's local day containing that instant, each with the status it had then.
 */
public record BoardView(Instant at, List<Provider> providers, List<Booking> bookings) {

    public BoardView {
        at = Instants.millis(at);
    }

    public record Provider(
            String providerId, String name, String status, String currentBookingId, Instant nextBookingAt) {

        public Provider {
            nextBookingAt = Instants.millis(nextBookingAt);
        }
    }

    public record Booking(
            String id,
            String status,
            String providerId,
            String service,
            Instant scheduledStart,
            Instant scheduledEnd,
            String customerName) {

        public Booking {
            scheduledStart = Instants.millis(scheduledStart);
            scheduledEnd = Instants.millis(scheduledEnd);
        }
    }
}
