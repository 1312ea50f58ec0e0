package dev.tandem.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A business's pay periods: local dates in its time zone, each period from a start date (included) to the next
 * start (excluded), so a day that is 23 or 25 hours long (a DST change) belongs to one period whole.
 *
 * @param anchorDate a day a period starts on (for SEMIMONTHLY, periods start on the 1st and the 16th whatever it is)
 */
public record PaySchedule(PayFrequency frequency, LocalDate anchorDate) {

    /** Until a business chooses: calendar months. */
    public static final PaySchedule MONTHLY_FROM_THE_FIRST =
            new PaySchedule(PayFrequency.MONTHLY, LocalDate.of(2020, 1, 1));

    public PaySchedule {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(anchorDate, "anchor date");
    }

    /** The start of the period the day belongs to. */
    public LocalDate periodStartOf(LocalDate day) {
        return switch (frequency) {
            case WEEKLY -> everyDays(day, 7);
            case BIWEEKLY -> everyDays(day, 14);
            case SEMIMONTHLY -> day.withDayOfMonth(day.getDayOfMonth() >= 16 ? 16 : 1);
            case MONTHLY -> {
                LocalDate thisMonths = monthlyStartIn(day);
                yield day.isBefore(thisMonths) ? monthlyStartIn(day.minusMonths(1)) : thisMonths;
            }
        };
    }

    /** The start of the period after the one starting on {@code start}: where that one ends (excluded). */
    public LocalDate nextStart(LocalDate start) {
        LocalDate periodStart = periodStartOf(start);
        return switch (frequency) {
            case WEEKLY -> periodStart.plusDays(7);
            case BIWEEKLY -> periodStart.plusDays(14);
            case SEMIMONTHLY ->
                periodStart.getDayOfMonth() == 1
                        ? periodStart.withDayOfMonth(16)
                        : periodStart.plusMonths(1).withDayOfMonth(1);
            case MONTHLY -> monthlyStartIn(periodStart.plusMonths(1));
        };
    }

    public boolean isPeriodStart(LocalDate day) {
        return periodStartOf(day).equals(day);
    }

    private LocalDate everyDays(LocalDate day, int length) {
        long periods = Math.floorDiv(ChronoUnit.DAYS.between(anchorDate, day), length);
        return anchorDate.plusDays(periods * length);
    }

    /** The month's period start: the anchor's day of the month, or the month's last day when it is shorter. */
    private LocalDate monthlyStartIn(LocalDate dayOfTheMonth) {
        return dayOfTheMonth.withDayOfMonth(Math.min(anchorDate.getDayOfMonth(), dayOfTheMonth.lengthOfMonth()));
    }
}
