package dev.tandem.command.provider;

import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.kernel.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A provider's availability as a provider or its admin sends it: each part that is given replaces what was there.
 */
record AvailabilityRequest(
        ProviderStatus status,
        List<WeeklyHoursRequest> weeklyHours,
        List<TimeOffRequest> timeOff,
        Boolean releaseJobs) {

    /**
     * Whether the jobs the new hours or time off would leave uncovered are to be given back (declined, the admins
     * told, auto-assignment looking for someone else) rather than the change refused.
     */
    boolean releasesJobs() {
        return Boolean.TRUE.equals(releaseJobs);
    }

    record WeeklyHoursRequest(DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {}

    /** An entry without an id is new and gets one; an entry with an id keeps or replaces that one. */
    record TimeOffRequest(UUID id, Instant start, Instant end, String reason) {}

    /** The working windows, or null when they are not to change. */
    List<WeeklyHours> weeklyHoursOrNull() {
        if (weeklyHours == null) {
            return null;
        }
        if (weeklyHours.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("weeklyHours", "must not contain an empty window");
        }
        try {
            return weeklyHours.stream()
                    .map(window -> new WeeklyHours(window.dayOfWeek(), window.start(), window.end()))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("weeklyHours", "each window needs a day, a start and a later end");
        }
    }

    /** The periods of time off, or null when they are not to change. */
    List<TimeOff> timeOffOrNull() {
        if (timeOff == null) {
            return null;
        }
        if (timeOff.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("timeOff", "must not contain an empty period");
        }
        try {
            return timeOff.stream()
                    .map(entry -> new TimeOff(
                            entry.id() == null ? UUID.randomUUID() : entry.id(),
                            millis(entry.start()),
                            millis(entry.end()),
                            entry.reason()))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("timeOff", "each period needs a start and a later end");
        }
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
