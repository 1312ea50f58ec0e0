package dev.tandem.query.analytics;

import dev.tandem.api.analytics.AnalyticsPeriod;
import dev.tandem.kernel.TimeRange;
import dev.tandem.kernel.WeeklySchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The minutes a provider could work in a period: its weekly hours, day by day in the business's time zone (a
 * daylight-saving day has the hours its clocks show), minus its time off. A day counts the weekly hours in
 * effect on it: the last set on or before that day, or the first ever set for days before any was (a business
 * that enters its providers' past work after them). A day that starts after the provider was deactivated
 * counts nothing.
 */
final class AvailableMinutes {

    /** A weekly schedule and when it was set. */
    record Version(Instant effectiveAt, WeeklySchedule schedule) {}

    private final List<Version> versions;
    private final List<TimeRange> timeOff;
    private final Instant deactivatedAt;

    /**
     * @param versions every schedule the provider had, in any order
     * @param timeOff its time off, overlapping or not
     * @param deactivatedAt when it was deactivated, or null
     */
    AvailableMinutes(List<Version> versions, List<TimeRange> timeOff, Instant deactivatedAt) {
        this.versions = versions.stream()
                .sorted(Comparator.comparing(Version::effectiveAt))
                .toList();
        this.timeOff = merged(timeOff);
        this.deactivatedAt = deactivatedAt;
    }

    long in(AnalyticsPeriod period, ZoneId zone) {
        long minutes = 0;
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            minutes += on(day, zone);
        }
        return minutes;
    }

    private long on(LocalDate day, ZoneId zone) {
        if (versions.isEmpty() || isDeactivatedBefore(day.atStartOfDay(zone).toInstant())) {
            return 0;
        }
        return scheduleOn(day, zone).windowsOn(day, zone).stream()
                .mapToLong(window -> window.minutes() - minutesOff(window))
                .sum();
    }

    private boolean isDeactivatedBefore(Instant dayStart) {
        return deactivatedAt != null && !deactivatedAt.isAfter(dayStart);
    }

    private WeeklySchedule scheduleOn(LocalDate day, ZoneId zone) {
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Version inEffect = versions.getFirst();
        for (Version version : versions) {
            if (version.effectiveAt().isBefore(dayEnd)) {
                inEffect = version;
            }
        }
        return inEffect.schedule();
    }

    private long minutesOff(TimeRange window) {
        long off = 0;
        for (TimeRange away : timeOff) {
            Instant start = away.start().isAfter(window.start()) ? away.start() : window.start();
            Instant end = away.end().isBefore(window.end()) ? away.end() : window.end();
            if (start.isBefore(end)) {
                off += new TimeRange(start, end).minutes();
            }
        }
        return off;
    }

    /** Overlapping time off counts once. */
    private static List<TimeRange> merged(List<TimeRange> ranges) {
        var sorted =
                ranges.stream().sorted(Comparator.comparing(TimeRange::start)).toList();
        var merged = new ArrayList<TimeRange>();
        for (TimeRange range : sorted) {
            if (!merged.isEmpty() && !range.start().isAfter(merged.getLast().end())) {
                TimeRange last = merged.removeLast();
                merged.add(new TimeRange(last.start(), range.end().isAfter(last.end()) ? range.end() : last.end()));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }
}
