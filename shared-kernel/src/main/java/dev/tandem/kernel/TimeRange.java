package dev.tandem.kernel;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of time [start, end), so back-to-back bookings never count as overlapping. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        if (start == null || end == null) {
            throw new IllegalArgumentException("time range needs both a start and an end");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("time range start " + start + " must be before its end " + end);
        }
    }

    public boolean overlaps(TimeRange other) {
        if (other == null) {
            throw new IllegalArgumentException("other time range is required");
        }
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("instant is required");
        }
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    /** Whole minutes, truncated. */
    public long minutes() {
        return duration().toMinutes();
    }
}
