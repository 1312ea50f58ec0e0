package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;

public record TimeOffAdded(ProviderId providerId, BusinessId businessId, TimeOff timeOff) implements BusinessMessage {}
