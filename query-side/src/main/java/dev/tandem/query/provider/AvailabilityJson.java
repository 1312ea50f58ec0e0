package dev.tandem.query.provider;

import dev.tandem.api.provider.TimeOffView;
import dev.tandem.api.provider.WeeklyHoursView;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The weekly hours and time off of {@code provider_availability}, kept as JSON text: short lists that are
 * always read whole with their provider.
 */
final class AvailabilityJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<WeeklyHoursView>> WEEKLY_HOURS = new TypeReference<>() {};
    private static final TypeReference<List<TimeOffView>> TIME_OFF = new TypeReference<>() {};

    static final String NONE = "[]";

    private AvailabilityJson() {}

    static List<WeeklyHoursView> weeklyHours(String text) {
        return JSON.readValue(text, WEEKLY_HOURS);
    }

    static List<TimeOffView> timeOff(String text) {
        return JSON.readValue(text, TIME_OFF);
    }

    static String text(List<?> list) {
        return JSON.writeValueAsString(list);
    }
}
