package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;

/** An admin gave the booking a new arrival window; its start lies inside it. */
public record ArrivalWindowChanged(BookingId bookingId, BusinessId businessId, ArrivalWindow arrivalWindow)
        implements BusinessMessage {}
