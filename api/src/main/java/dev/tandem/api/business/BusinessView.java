package dev.tandem.api.business;

import dev.tandem.api.Instants;
import java.time.Instant;

/**
 * A business as its admins see it; {@code version} is the business aggregate's sequence number and
 * {@code locale} null until the business chooses one.
 */
public record BusinessView(
        String id,
        String name,
        String timeZone,
        String currency,
        String locale,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public BusinessView {
        createdAt = Instants.millis(createdAt);
        updatedAt = Instants.millis(updatedAt);
    }
}
