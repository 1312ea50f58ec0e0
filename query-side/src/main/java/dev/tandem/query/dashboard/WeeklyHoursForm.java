package dev.tandem.query.dashboard;

import dev.tandem.api.provider.WeeklyHoursView;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weekly-hours form of the dashboards, on the provider's own page and on its admin's: a row per day with its
 * first working window. Further windows of a day (set through the API) are kept as they are.
 */
final class WeeklyHoursForm {

    /** One row of the form. */
    public record Day(String day, String label, boolean works, String start, String end) {}

    private WeeklyHoursForm() {}

    /** The rows for the hours as they stand; a day off offers 09:00-17:00 to start from. */
    static List<Day> days(List<WeeklyHoursView> current, Locale locale) {
        var days = new ArrayList<Day>();
        for (DayOfWeek day : DayOfWeek.values()) {
            WeeklyHoursView window = current.stream()
                    .filter(hours -> hours.dayOfWeek().equals(day.name()))
                    .findFirst()
                    .orElse(null);
            days.add(new Day(
                    day.name(),
                    day.getDisplayName(TextStyle.FULL, locale),
                    window != null,
                    window == null ? "09:00" : window.start(),
                    window == null ? "17:00" : window.end()));
        }
        return days;
    }

    /**
     * The working windows the submitted form sets, as the API takes them; what is wrong with a row goes into
     * {@code errors} under its field.
     */
    static List<Map<String, String>> windows(
            Map<String, String> form, List<WeeklyHoursView> current, Map<String, String> errors) {
        var windows = new ArrayList<Map<String, String>>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!form.containsKey("works-" + day)) {
                continue;
            }
            current.stream()
                    .filter(hours -> hours.dayOfWeek().equals(day.name()))
                    .skip(1)
                    .forEach(hours ->
                            windows.add(Map.of("dayOfWeek", day.name(), "start", hours.start(), "end", hours.end())));
            String start = form.getOrDefault("start-" + day, "");
            String end = form.getOrDefault("end-" + day, "");
            try {
                if (!LocalTime.parse(start).isBefore(LocalTime.parse(end))) {
                    errors.put("end-" + day, "The end must be after the start.");
                }
            } catch (DateTimeParseException e) {
                errors.put("start-" + day, "Enter both times, e.g. 09:00 and 17:00.");
            }
            windows.add(Map.of("dayOfWeek", day.name(), "start", start, "end", end));
        }
        return windows;
    }
}
