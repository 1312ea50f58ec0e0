package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

/** Each active provider's status, current and next booking. */
public record FindProviderRealtimeStatusQuery(BusinessId businessId) implements BusinessMessage {}
