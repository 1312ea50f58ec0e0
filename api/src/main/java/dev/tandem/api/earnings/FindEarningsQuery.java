package dev.tandem.api.earnings;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;

/**
 * Earnings recorded in [from, to), of one provider when providerId is set: the totals of them all, and a page
 * of at most {@code limit} items after the cursor's position.
 */
public record FindEarningsQuery(
        BusinessId businessId, ProviderId providerId, Instant from, Instant to, int limit, String cursor)
        implements BusinessMessage {}
