package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import java.time.Instant;

public record BookingCancelled(BookingId bookingId, BusinessId businessId, String reason, Instant cancelledAt)
        implements BusinessMessage {}
