package dev.tandem.query.provider;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.util.Map;

/**
 * What each provider of a business has earned so far, in minor units, tips included. The earnings ledger
 * implements it as a Spring bean; until one exists the pay roll shows 0 for everyone.
 */
public interface EarningsToDate {

    /** Providers without earnings may be left out of the map. */
    Map<ProviderId, Long> earningsToDateCents(BusinessId businessId);
}
