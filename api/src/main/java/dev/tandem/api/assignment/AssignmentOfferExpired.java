package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;

/** The provider did not confirm in time; the booking is taken back from it (a {@code BookingUnassigned} follows). */
public record AssignmentOfferExpired(BookingId bookingId, BusinessId businessId, ProviderId providerId)
        implements BusinessMessage {}
