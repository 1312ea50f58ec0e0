package dev.tandem.api.earnings;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;

/**
 * Earnings recorded in [from, to) (or, {@code byJobDate}, of jobs scheduled to start in it), of one provider when
 * providerId is set: the totals of them all, and a page of at most {@code limit} items after the cursor's
 * position, in that order.
 */
public record FindEarningsQuery(
        BusinessId businessId,
        ProviderId providerId,
        Instant from,
        Instant to,
        int limit,
        String cursor,
        boolean byJobDate)
        implements BusinessMessage {

    /** By when the earnings were recorded, as the API lists them unless told otherwise. */
    public FindEarningsQuery(
            BusinessId businessId, ProviderId providerId, Instant from, Instant to, int limit, String cursor) {
        this(businessId, providerId, from, to, limit, cursor, false);
    }

    /** The ledger's attribute the period and the order follow. */
    public String dateAttribute() {
        return byJobDate ? "jobStart" : "recordedAt";
    }
}
