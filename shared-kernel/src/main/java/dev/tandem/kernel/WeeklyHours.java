package dev.tandem.kernel;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One working window of a weekday, in the business's local time (09:00–17:00 on MONDAY). */
public record WeeklyHours(DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {

    public WeeklyHours {
        if (dayOfWeek == null || start == null || end == null) {
            throw new IllegalArgumentException("weekly hours need a day, a start and an end");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("weekly hours must start before they end, got " + start + "–" + end);
        }
    }

    boolean overlaps(WeeklyHours other) {
        return dayOfWeek == other.dayOfWeek && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
