package dev.tandem.api.audit;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.util.List;
import java.util.UUID;

/**
 * Every event of one booking (or provider, customer) as the audit trail says it, for its page: the times in the
 * sentences written for {@code timeZone} and {@code locale} (a BCP 47 tag), as the page shows times.
 */
public record FindAggregateAuditQuery(BusinessId businessId, UUID aggregateId, String timeZone, String locale)
        implements BusinessMessage {

    public record Answer(List<AuditEntry> entries) {}
}
