package dev.tandem.query.planner.domain;

/** A stretch of the planned day, in seconds from its start: [start, end). */
public record Span(long start, long end) {

    public Span {
        if (end < start) {
            throw new IllegalArgumentException("a span ends after it starts");
        }
    }

    public boolean holds(long from, long duration) {
        return from >= start && from + duration <= end;
    }

    public boolean overlaps(long from, long duration) {
        return from < end && start < from + duration;
    }
}
