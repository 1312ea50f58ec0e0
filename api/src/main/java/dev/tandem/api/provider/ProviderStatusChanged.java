package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;

/** A provider's status moved; currentBookingId is set while BUSY. */
public record ProviderStatusChanged(
        ProviderId providerId,
        BusinessId businessId,
        ProviderStatus status,
        ProviderStatus previousStatus,
        BookingId currentBookingId)
        implements BusinessMessage {}
