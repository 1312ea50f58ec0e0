package dev.tandem.command.provider;

import dev.tandem.api.errors.ConflictException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
