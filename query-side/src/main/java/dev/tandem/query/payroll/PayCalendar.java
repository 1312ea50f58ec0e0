package dev.tandem.query.payroll;

import dev.tandem.kernel.PaySchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A business's pay periods as they stand: the closed ones as they were closed, the others as the schedule draws
 * them (a new schedule always starts a period where the last closed one ends, so the two never overlap).
 */
record PayCalendar(PaySchedule schedule, List<Closed> closed) {

    /** A closed period, from {@code start} to {@code end} (excluded). */
    record Closed(LocalDate start, LocalDate end, Instant closedAt) {

        boolean contains(LocalDate day) {
            return !day.isBefore(start) && day.isBefore(end);
        }
    }

    /** A period, from {@code start} to {@code end} (excluded); {@code closedAt} null while it is open. */
    record Period(LocalDate start, LocalDate end, Instant closedAt) {

        boolean isClosed() {
            return closedAt != null;
        }

        LocalDate lastDay() {
            return end.minusDays(1);
        }
    }

    Period periodOf(LocalDate day) {
        return closedAround(day)
                .map(closed -> new Period(closed.start(), closed.end(), closed.closedAt()))
                .orElseGet(() -> {
                    LocalDate start = schedule.periodStartOf(day);
                    return new Period(start, schedule.nextStart(start), null);
                });
    }

    Period next(Period period) {
        return periodOf(period.end());
    }

    Period previous(Period period) {
        return periodOf(period.start().minusDays(1));
    }

    /** The day a line of a job on {@code jobDay} counts on: its own, or the first of the next open period. */
    LocalDate countsOn(LocalDate jobDay) {
        Period period = periodOf(jobDay);
        if (!period.isClosed()) {
            return jobDay;
        }
        while (period.isClosed()) {
            period = next(period);
        }
        return period.start();
    }

    private Optional<Closed> closedAround(LocalDate day) {
        return closed.stream().filter(period -> period.contains(day)).findFirst();
    }
}
