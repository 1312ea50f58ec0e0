package dev.tandem.api.audit;

import dev.tandem.api.Instants;
import dev.tandem.api.history.HistoryEntry;
import java.time.Instant;
import java.util.Map;

/**
 * One stored event of a business: when, what, of which aggregate (BOOKING, PROVIDER, CUSTOMER, BUSINESS; null
 * for an event of no aggregate, such as a notification read), who caused it, a sentence that says it, and
 * what it recorded.
 */
public record AuditEntry(
        Instant occurredAt,
        String type,
        String aggregateType,
        String aggregateId,
        long sequence,
        HistoryEntry.Actor actor,
        String summary,
        Map<String, Object> data) {

    public AuditEntry {
        occurredAt = Instants.millis(occurredAt);
    }
}
