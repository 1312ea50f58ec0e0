package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;

/**
 * Bookings of a business, or of one provider, filtered by status and scheduled start, a page at a time: soonest
 * first, or latest first when {@code latestFirst}.
 */
public record FindBookingsQuery(
        BusinessId businessId,
        BookingStatus status,
        ProviderId providerId,
        Instant from,
        Instant to,
        int limit,
        String cursor,
        boolean latestFirst)
        implements BusinessMessage {

    /** Soonest first, as the API lists them. */
    public FindBookingsQuery(
            BusinessId businessId,
            BookingStatus status,
            ProviderId providerId,
            Instant from,
            Instant to,
            int limit,
            String cursor) {
        this(businessId, status, providerId, from, to, limit, cursor, false);
    }
}
