package dev.tandem.api.earnings;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;

/** Earnings recorded in [from, to), of one provider when providerId is set. */
public record FindEarningsQuery(BusinessId businessId, ProviderId providerId, Instant from, Instant to)
        implements BusinessMessage {}
