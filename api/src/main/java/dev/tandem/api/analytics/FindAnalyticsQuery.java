package dev.tandem.api.analytics;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;

/**
 * A business's figures for a period; only one provider's bookings when providerId is set, only one service's
 * when service is set; with comparePrevious, the figures of the period of the same length just before.
 */
public record FindAnalyticsQuery(
        BusinessId businessId,
        AnalyticsPeriod period,
        ProviderId providerId,
        String service,
        GroupBy groupBy,
        boolean comparePrevious)
        implements BusinessMessage {}
