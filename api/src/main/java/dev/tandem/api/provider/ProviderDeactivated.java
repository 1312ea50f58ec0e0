package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;

public record ProviderDeactivated(ProviderId providerId, BusinessId businessId) implements BusinessMessage {}
