package dev.tandem.api.provider;

import java.util.List;

public record AvailabilityView(String status, List<WeeklyHoursView> weeklyHours, List<TimeOffView> timeOff) {}
