package dev.tandem.api.provider;

import java.time.Instant;
import java.util.UUID;

/** A period a provider does not work, e.g. a holiday; start before end. */
public record TimeOff(UUID id, Instant start, Instant end, String reason) {

    public TimeOff {
        if (id == null || start == null || end == null) {
            throw new IllegalArgumentException("time off needs an id, a start and an end");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("time off must start before it ends");
        }
    }

    public dev.tandem.kernel.TimeRange range() {
        return new dev.tandem.kernel.TimeRange(start, end);
    }
}
