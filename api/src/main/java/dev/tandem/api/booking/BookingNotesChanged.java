package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;

public record BookingNotesChanged(BookingId bookingId, BusinessId businessId, String notes)
        implements BusinessMessage {}
