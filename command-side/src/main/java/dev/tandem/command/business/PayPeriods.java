package dev.tandem.command.business;

import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.payroll.PayPeriodClosed;
import dev.tandem.api.payroll.PayScheduleSet;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayFrequency;
import dev.tandem.kernel.PaySchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a business's pay periods, kept by the {@link Business} aggregate: which schedule they follow,
 * which are closed. A closed period stays as it was: a new schedule must start a period where the last closed one
 * ends, and a period closes once, after its last day.
 */
final class PayPeriods {

    private PaySchedule schedule = PaySchedule.MONTHLY_FROM_THE_FIRST;
    private final Set<LocalDate> closed = new HashSet<>();
    private LocalDate lastClosedEnd;

    /** The event that sets the schedule, or none when it is the one in force. */
    Optional<PayScheduleSet> set(BusinessId business, PayFrequency frequency, LocalDate anchorDate) {
        if (frequency == null) {
            throw new InvalidInputException("frequency", "must be WEEKLY, BIWEEKLY, SEMIMONTHLY or MONTHLY");
        }
        if (anchorDate == null) {
            throw new InvalidInputException("anchorDate", "must be a date a pay period starts on, such as 2027-01-04");
        }
        var wanted = new PaySchedule(frequency, anchorDate);
        if (lastClosedEnd != null && !wanted.isPeriodStart(lastClosedEnd)) {
            throw new InvalidInputException(
                    "anchorDate",
                    "must make a period start on " + lastClosedEnd
                            + ", the day after the last closed period: closed periods stay as they were");
        }
        return wanted.equals(schedule)
                ? Optional.empty()
                : Optional.of(new PayScheduleSet(business, frequency, anchorDate));
    }

    /** Closes the period starting on {@code start}, once its last day is over where the business is. */
    PayPeriodClosed close(BusinessId business, LocalDate start, LocalDate today, Instant now) {
        if (start == null || !schedule.isPeriodStart(start)) {
            throw new InvalidInputException(
                    "start",
                    "is not the first day of a pay period; the period around it starts on "
                            + (start == null ? "another day" : schedule.periodStartOf(start)));
        }
        if (closed.contains(start)) {
            throw new ConflictException("This pay period is already closed.");
        }
        LocalDate end = schedule.nextStart(start);
        if (today.isBefore(end)) {
            throw new ConflictException(
                    "This pay period runs until " + end.minusDays(1) + ": it can be closed from " + end + ".");
        }
        return new PayPeriodClosed(business, start, end, now);
    }

    void on(PayScheduleSet event) {
        schedule = new PaySchedule(event.frequency(), event.anchorDate());
    }

    void on(PayPeriodClosed event) {
        closed.add(event.start());
        if (lastClosedEnd == null || event.end().isAfter(lastClosedEnd)) {
            lastClosedEnd = event.end();
        }
    }
}
