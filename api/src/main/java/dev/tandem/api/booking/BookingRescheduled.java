package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import java.time.Instant;

public record BookingRescheduled(
        BookingId bookingId, BusinessId businessId, Instant scheduledStart, int durationMinutes)
        implements BusinessMessage {}
