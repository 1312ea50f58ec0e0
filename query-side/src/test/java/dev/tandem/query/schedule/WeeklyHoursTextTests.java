package dev.tandem.query.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.kernel.WeeklyHours;
import dev.tandem.kernel.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyHoursTextTests {

    @Test
    void weeklyHoursReadBackAsTheyWereWritten() {
        var hours = List.of(
                new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30)),
                new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(13, 15), LocalTime.of(17, 0)),
                new WeeklyHours(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(23, 59)));

        String text = WeeklyHoursText.format(hours);

        assertThat(text).isEqualTo("1:540-750;1:795-1020;7:0-1439");
        assertThat(WeeklyHoursText.parse(text)).isEqualTo(new WeeklySchedule(hours));
    }

    @Test
    void noHoursAtAllReadBackAsNone() {
        assertThat(WeeklyHoursText.parse(WeeklyHoursText.format(List.of()))).isEqualTo(WeeklySchedule.none());
    }
}
