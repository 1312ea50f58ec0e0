package dev.tandem.kernel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A provider's working windows over a week, read in the business's time zone. Checking whether it covers
 * a job converts the job's instants to local date-times, so a job at 09:00 local is inside 09:00–17:00 on
 * either side of a daylight-saving change.
 */
public record WeeklySchedule(List<WeeklyHours> hours) {

    public WeeklySchedule {
        hours = hours == null
                ? List.of()
                : hours.stream()
                        .sorted(Comparator.comparing(WeeklyHours::dayOfWeek).thenComparing(WeeklyHours::start))
                        .toList();
        for (int i = 1; i < hours.size(); i++) {
            if (hours.get(i - 1).overlaps(hours.get(i))) {
                throw new IllegalArgumentException(
                        "weekly hours overlap on " + hours.get(i).dayOfWeek());
            }
        }
    }

    public static WeeklySchedule none() {
        return new WeeklySchedule(List.of());
    }

    /** Whether one working window holds the whole job; windows end by midnight, so a job crossing it never fits. */
    public boolean covers(TimeRange job, ZoneId zone) {
        LocalDateTime start = LocalDateTime.ofInstant(job.start(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(job.end(), zone);
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            return false;
        }
        return hours.stream()
                .anyMatch(window -> window.dayOfWeek() == start.getDayOfWeek()
                        && !start.toLocalTime().isBefore(window.start())
                        && !end.toLocalTime().isAfter(window.end()));
    }

    /** The working windows of one local date as instants, honouring that day's offset. */
    public List<TimeRange> windowsOn(LocalDate date, ZoneId zone) {
        return hours.stream()
                .filter(window -> window.dayOfWeek() == date.getDayOfWeek())
                .map(window -> new TimeRange(
                        date.atTime(window.start()).atZone(zone).toInstant(),
                        date.atTime(window.end()).atZone(zone).toInstant()))
                .toList();
    }
}
