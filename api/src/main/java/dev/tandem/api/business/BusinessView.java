package dev.tandem.api.business;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A business as its admins see it; {@code version} is the business aggregate's sequence number. */
public record BusinessView(
        String id, String name, String timeZone, String currency, long version, Instant createdAt, Instant updatedAt) {

    /** Milliseconds, whichever side built the view: the event store keeps nanoseconds, PostgreSQL micros. */
    public BusinessView {
        createdAt = createdAt == null ? null : createdAt.truncatedTo(ChronoUnit.MILLIS);
        updatedAt = updatedAt == null ? null : updatedAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
