package dev.tandem.query.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * An event as the event store hands it to a processor: its payload, its aggregate's sequence number, when it
 * was stored and its id. Unless a test says otherwise it is the first event of its aggregate, stored at
 * {@link #DEFAULT_AT}, with an id of its own.
 */
public record Stored(Object payload, long sequence, Instant at, String id) {

    public static final Instant DEFAULT_AT = Instant.parse("2027-03-01T07:00:00Z");

    public static Stored event(Object payload) {
        return new Stored(payload, 0, DEFAULT_AT, UUID.randomUUID().toString());
    }

    /** The aggregate's sequence number, which the views show as their version. */
    public Stored version(long sequence) {
        return new Stored(payload, sequence, at, id);
    }

    public Stored at(Instant at) {
        return new Stored(payload, sequence, at, id);
    }

    public Stored withId(String id) {
        return new Stored(payload, sequence, at, id);
    }

    DomainEventMessage<?> message() {
        return new GenericDomainEventMessage<>(
                payload.getClass().getSimpleName(), "aggregate-of-" + id, sequence, payload, Map.of(), id, at);
    }
}
