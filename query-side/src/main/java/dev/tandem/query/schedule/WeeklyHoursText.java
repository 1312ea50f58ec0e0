package dev.tandem.query.schedule;

import dev.tandem.kernel.WeeklyHours;
import dev.tandem.kernel.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Weekly hours as the compact text the read models keep ({@code ranking_provider.weekly_hours},
 * {@code analytics_weekly_hours.weekly_hours}): {@code 1:540-1020;2:540-1020} (ISO day, start and end minute of
 * the day). A ranking reads it for thousands of providers; this is far cheaper to read back than JSON.
 */
public final class WeeklyHoursText {

    private WeeklyHoursText() {}

    public static String format(List<WeeklyHours> hours) {
        return hours.stream()
                .map(window ->
                        window.dayOfWeek().getValue() + ":" + minuteOf(window.start()) + "-" + minuteOf(window.end()))
                .collect(Collectors.joining(";"));
    }

    public static WeeklySchedule parse(String text) {
        if (text == null || text.isEmpty()) {
            return WeeklySchedule.none();
        }
        var hours = new ArrayList<WeeklyHours>();
        for (String window : text.split(";")) {
            int colon = window.indexOf(':');
            int dash = window.indexOf('-', colon);
            hours.add(new WeeklyHours(
                    DayOfWeek.of(Integer.parseInt(window, 0, colon, 10)),
                    LocalTime.ofSecondOfDay(60L * Integer.parseInt(window, colon + 1, dash, 10)),
                    LocalTime.ofSecondOfDay(60L * Integer.parseInt(window, dash + 1, window.length(), 10))));
        }
        return new WeeklySchedule(hours);
    }

    private static int minuteOf(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
