package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;

/** Bookings of a business, or of one provider, filtered by status and scheduled start. */
public record FindBookingsQuery(
        BusinessId businessId,
        BookingStatus status,
        ProviderId providerId,
        Instant from,
        Instant to,
        int limit,
        String cursor)
        implements BusinessMessage {}
