package dev.tandem.query.eventlog;

import java.time.Instant;
import org.axonframework.messaging.MetaData;

/**
 * One stored event: its place in the whole store, its aggregate (type null for an event of none) and its
 * place there, when it was stored, what it said and its metadata.
 */
public record LoggedEvent(
        long globalIndex,
        String aggregateType,
        String aggregateId,
        long sequence,
        Instant occurredAt,
        Object payload,
        MetaData metaData) {}
