package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.ProviderId;

public record PayRateSet(ProviderId providerId, BusinessId businessId, PayRate payRate) implements BusinessMessage {}
