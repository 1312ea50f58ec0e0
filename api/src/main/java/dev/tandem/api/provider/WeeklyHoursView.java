package dev.tandem.api.provider;

public record WeeklyHoursView(String dayOfWeek, String start, String end) {}
