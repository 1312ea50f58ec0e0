package dev.tandem.query.live;

import dev.tandem.api.Instants;
import java.time.Instant;
import java.util.Map;

/** The body of every live MESSAGE (docs/api.md, Real time). */
public record LiveEvent(
        String id,
        String type,
        String businessId,
        String aggregateId,
        Long sequence,
        Instant occurredAt,
        Map<String, Object> data) {

    public LiveEvent {
        occurredAt = Instants.millis(occurredAt);
    }
}
