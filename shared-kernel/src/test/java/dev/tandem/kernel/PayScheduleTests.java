package dev.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PayScheduleTests {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void weeklyPeriodsStartOnTheAnchorsWeekdayBeforeAndAfterIt() {
        var weekly = new PaySchedule(PayFrequency.WEEKLY, day("2027-03-01")); // a Monday
        assertThat(weekly.periodStartOf(day("2027-03-07"))).isEqualTo(day("2027-03-01"));
        assertThat(weekly.periodStartOf(day("2027-03-08"))).isEqualTo(day("2027-03-08"));
        assertThat(weekly.periodStartOf(day("2027-02-28"))).isEqualTo(day("2027-02-22"));
        assertThat(weekly.nextStart(day("2027-03-22"))).isEqualTo(day("2027-03-29"));
    }

    @Test
    void biweeklyPeriodsAreFourteenDaysCountedFromTheAnchor() {
        var biweekly = new PaySchedule(PayFrequency.BIWEEKLY, day("2027-01-04"));
        assertThat(biweekly.periodStartOf(day("2027-01-17"))).isEqualTo(day("2027-01-04"));
        assertThat(biweekly.periodStartOf(day("2027-01-18"))).isEqualTo(day("2027-01-18"));
        assertThat(biweekly.periodStartOf(day("2026-12-31"))).isEqualTo(day("2026-12-21"));
        assertThat(biweekly.nextStart(day("2027-01-18"))).isEqualTo(day("2027-02-01"));
    }

    @Test
    void semimonthlyPeriodsAreTheFirstHalfAndTheRestOfEachMonth() {
        var semimonthly = new PaySchedule(PayFrequency.SEMIMONTHLY, day("2027-01-01"));
        assertThat(semimonthly.periodStartOf(day("2027-02-15"))).isEqualTo(day("2027-02-01"));
        assertThat(semimonthly.periodStartOf(day("2027-02-28"))).isEqualTo(day("2027-02-16"));
        assertThat(semimonthly.nextStart(day("2027-02-16"))).isEqualTo(day("2027-03-01"));
        assertThat(semimonthly.nextStart(day("2027-03-01"))).isEqualTo(day("2027-03-16"));
    }

    @Test
    void monthlyPeriodsFromThe31stStartOnAShorterMonthsLastDay() {
        var monthly = new PaySchedule(PayFrequency.MONTHLY, day("2027-01-31"));
        assertThat(monthly.nextStart(day("2027-01-31"))).isEqualTo(day("2027-02-28"));
        assertThat(monthly.nextStart(day("2027-02-28"))).isEqualTo(day("2027-03-31"));
        assertThat(monthly.nextStart(day("2027-03-31"))).isEqualTo(day("2027-04-30"));
        assertThat(monthly.periodStartOf(day("2027-03-30"))).isEqualTo(day("2027-02-28"));
        assertThat(monthly.periodStartOf(day("2028-02-29")))
                .as("a leap year's February")
                .isEqualTo(day("2028-02-29"));
        assertThat(monthly.periodStartOf(day("2028-02-28"))).isEqualTo(day("2028-01-31"));
    }

    @Test
    void monthlyPeriodsByDefaultAreCalendarMonths() {
        var months = PaySchedule.MONTHLY_FROM_THE_FIRST;
        assertThat(months.periodStartOf(day("2027-03-31"))).isEqualTo(day("2027-03-01"));
        assertThat(months.nextStart(day("2027-12-01"))).isEqualTo(day("2028-01-01"));
    }

    /** Every day of three years is in exactly one period, periods follow one another without gap or overlap. */
    @ParameterizedTest
    @EnumSource(PayFrequency.class)
    void periodsTileTheCalendar(PayFrequency frequency) {
        for (LocalDate anchor : List.of(day("2027-01-01"), day("2027-01-31"), day("2026-10-25"), day("2027-02-28"))) {
            var schedule = new PaySchedule(frequency, anchor);
            var starts = new ArrayList<LocalDate>();
            LocalDate start = schedule.periodStartOf(day("2026-01-01"));
            while (start.isBefore(day("2029-01-01"))) {
                starts.add(start);
                LocalDate next = schedule.nextStart(start);
                assertThat(next).isAfter(start);
                for (LocalDate d = start; d.isBefore(next); d = d.plusDays(1)) {
                    assertThat(schedule.periodStartOf(d))
                            .as(frequency + " from " + anchor + ": " + d)
                            .isEqualTo(start);
                }
                start = next;
            }
            assertThat(starts).allMatch(schedule::isPeriodStart);
        }
    }
}
