package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;

/** The booking could not be offered to the provider, for that reason; the next provider is tried. */
public record AssignmentOfferRefused(BookingId bookingId, BusinessId businessId, ProviderId providerId, String reason)
        implements BusinessMessage {}
