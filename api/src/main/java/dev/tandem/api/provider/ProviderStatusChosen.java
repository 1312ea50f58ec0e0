package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;

/**
 * The provider picked a status while BUSY: its visible status stays BUSY, and this is the status it returns
 * to when the running booking ends. A choice made while not busy is a {@link ProviderStatusChanged}.
 */
public record ProviderStatusChosen(ProviderId providerId, BusinessId businessId, ProviderStatus status)
        implements BusinessMessage {}
