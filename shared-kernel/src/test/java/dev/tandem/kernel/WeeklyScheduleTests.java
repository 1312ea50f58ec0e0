package dev.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final WeeklySchedule SUNDAYS_NINE_TO_FIVE =
            new WeeklySchedule(List.of(new WeeklyHours(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))));

    @Test
    void aJobInsideTheWindowIsCovered() {
        // Sunday 2026-11-22, 10:00–12:00 in Paris (UTC+1)
        var job = new TimeRange(Instant.parse("2026-11-22T09:00:00Z"), Instant.parse("2026-11-22T11:00:00Z"));

        assertThat(SUNDAYS_NINE_TO_FIVE.covers(job, PARIS)).isTrue();
    }

    @Test
    void aJobRunningPastTheEndIsNotCovered() {
        var job = new TimeRange(Instant.parse("2026-11-22T15:00:00Z"), Instant.parse("2026-11-22T16:30:00Z"));

        assertThat(SUNDAYS_NINE_TO_FIVE.covers(job, PARIS)).isFalse();
    }

    @Test
    void localTimesHoldAcrossTheDaylightSavingChange() {
        // 2026-03-29 is the Sunday Paris moves to UTC+2: 09:00 local is 07:00 UTC that day.
        var nineLocal = new TimeRange(Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-03-29T08:00:00Z"));
        var eightLocal = new TimeRange(Instant.parse("2026-03-29T06:00:00Z"), Instant.parse("2026-03-29T07:00:00Z"));

        assertThat(SUNDAYS_NINE_TO_FIVE.covers(nineLocal, PARIS)).isTrue();
        assertThat(SUNDAYS_NINE_TO_FIVE.covers(eightLocal, PARIS)).isFalse();
    }

    @Test
    void aJobOnADayWithoutHoursIsNotCovered() {
        var monday = new TimeRange(Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-23T10:00:00Z"));

        assertThat(SUNDAYS_NINE_TO_FIVE.covers(monday, PARIS)).isFalse();
    }

    @Test
    void overlappingWindowsOnOneDayAreRefused() {
        assertThatThrownBy(() -> new WeeklySchedule(List.of(
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                        new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap");
    }

    @Test
    void aDaysWindowsBecomeInstantsWithThatDaysOffset() {
        var windows = SUNDAYS_NINE_TO_FIVE.windowsOn(java.time.LocalDate.of(2026, 3, 29), PARIS);

        assertThat(windows)
                .containsExactly(
                        new TimeRange(Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-03-29T15:00:00Z")));
    }
}
