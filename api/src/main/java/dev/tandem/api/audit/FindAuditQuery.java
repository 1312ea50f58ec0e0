package dev.tandem.api.audit;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.time.Instant;
import java.util.UUID;

/**
 * A page of a business's events in the order they were stored, from the cursor's position: only those in
 * [from, to), caused by the user actorId, or of aggregates of aggregateType, when those are set.
 */
public record FindAuditQuery(
        BusinessId businessId, Instant from, Instant to, UUID actorId, String aggregateType, int limit, String cursor)
        implements BusinessMessage {}
