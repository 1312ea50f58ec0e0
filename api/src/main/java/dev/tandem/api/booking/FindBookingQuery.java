package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;

/** One booking; with onlyForProvider set, only if it is that provider's. */
public record FindBookingQuery(BusinessId businessId, BookingId bookingId, ProviderId onlyForProvider)
        implements BusinessMessage {}
