package dev.tandem.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants in views are cut to milliseconds, whichever side built the view: the event store keeps
 * nanoseconds, PostgreSQL microseconds, and a client comparing the two must see the same value.
 */
public final class Instants {

    private Instants() {}

    public static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
