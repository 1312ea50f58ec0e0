package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;

/**
 * A booking as its own events say it is now, answered by the command side (the views may lag a moment):
 * the saga reads what it is about to offer.
 */
public record FindCurrentBookingQuery(BusinessId businessId, BookingId bookingId) implements BusinessMessage {}
