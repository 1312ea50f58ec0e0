package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import java.time.Instant;

public record BookingCreated(
        BookingId bookingId,
        BusinessId businessId,
        CustomerId customerId,
        String service,
        Instant scheduledStart,
        int durationMinutes,
        long priceCents,
        String currency,
        String notes,
        boolean autoAssign)
        implements BusinessMessage {}
