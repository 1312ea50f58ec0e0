package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.util.UUID;

public record TimeOffRemoved(ProviderId providerId, BusinessId businessId, UUID timeOffId) implements BusinessMessage {}
