package dev.tandem.api.analytics;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;

/** One provider's own figures for a period, beside its whole business's. */
public record FindPerformanceQuery(BusinessId businessId, ProviderId providerId, AnalyticsPeriod period)
        implements BusinessMessage {}
