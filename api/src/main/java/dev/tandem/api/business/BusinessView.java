package dev.tandem.api.business;

import dev.tandem.api.Instants;
import java.time.Instant;

/** A business as its admins see it; {@code version} is the business aggregate's sequence number. */
public record BusinessView(
        String id, String name, String timeZone, String currency, long version, Instant createdAt, Instant updatedAt) {

    public BusinessView {
        createdAt = Instants.millis(createdAt);
        updatedAt = Instants.millis(updatedAt);
    }
}
