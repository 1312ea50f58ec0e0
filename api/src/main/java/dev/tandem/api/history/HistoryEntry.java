package dev.tandem.api.history;

import dev.tandem.api.Instants;
import java.time.Instant;
import java.util.Map;

/** One stored event: its place in the aggregate's history, its type, when, who, and what it said. */
public record HistoryEntry(long sequence, String type, Instant occurredAt, Actor actor, Map<String, Object> data) {

    public HistoryEntry {
        occurredAt = Instants.millis(occurredAt);
    }

    /** Who caused the event; role SYSTEM and no user for policies and sagas acting on their own. */
    public record Actor(String userId, String role) {}
}
