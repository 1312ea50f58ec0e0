package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;

public record BookingRepriced(BookingId bookingId, BusinessId businessId, long priceCents) implements BusinessMessage {}
