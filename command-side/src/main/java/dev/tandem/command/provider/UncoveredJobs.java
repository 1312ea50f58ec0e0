package dev.tandem.command.provider;

import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.provider.TimeOff;
import dev.tandem.kernel.TimeRange;
import dev.tandem.kernel.WeeklySchedule;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A change of a provider's hours or time off that would leave jobs it holds outside them is refused, naming
 * the jobs (in the business's local time, and as {@code jobs} in the answer) so that they can be moved first.
 */
final class UncoveredJobs {

    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private UncoveredJobs() {}

    /** The held jobs the hours so far cover and the new ones do not (one booked outside them earlier stays). */
    static List<HeldJobs.Job> byNewHours(
            List<HeldJobs.Job> held, WeeklySchedule before, WeeklySchedule after, ZoneId zone) {
        return held.stream()
                .filter(job -> before.covers(job.during(), zone) && !after.covers(job.during(), zone))
                .toList();
    }

    /** The held jobs that new or changed time off would touch. */
    static List<HeldJobs.Job> byTimeOff(List<HeldJobs.Job> held, List<TimeOff> changed) {
        return held.stream()
                .filter(job -> changed.stream()
                        .anyMatch(entry -> new TimeRange(entry.start(), entry.end()).overlaps(job.during())))
                .toList();
    }

    /** The entries of the wanted time off that are new, or changed from what the provider has by that id. */
    static List<TimeOff> changedTimeOff(List<TimeOff> wanted, Map<UUID, TimeOff> current) {
        return wanted.stream()
                .filter(entry -> !entry.equals(current.get(entry.id())))
                .toList();
    }

    static void refuseAny(String change, List<HeldJobs.Job> uncovered, ZoneId zone) {
        if (uncovered.isEmpty()) {
            return;
        }
        String when = uncovered.stream()
                .map(job -> DAY_AND_TIME.format(job.during().start().atZone(zone)) + "–"
                        + TIME.format(job.during().end().atZone(zone)))
                .collect(Collectors.joining(", "));
        String jobs = uncovered.size() == 1 ? "a job" : uncovered.size() + " jobs";
        throw new ConflictException(
                change + " would leave " + jobs + " of this provider uncovered: " + when + ". Give "
                        + (uncovered.size() == 1 ? "it" : "them") + " to someone else first.",
                Map.of(
                        "jobs",
                        uncovered.stream()
                                .map(job -> Map.of(
                                        "bookingId", job.bookingId().toString(),
                                        "scheduledStart", job.during().start().toString(),
                                        "scheduledEnd", job.during().end().toString()))
                                .toList()));
    }
}
