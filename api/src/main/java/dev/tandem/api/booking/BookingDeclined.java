package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;

public record BookingDeclined(BookingId bookingId, BusinessId businessId, ProviderId providerId, String reason)
        implements BusinessMessage {}
