package dev.tandem.api.calendar;

/** A calendar feed's secret address, to paste into a calendar app; it works without signing in. */
public record CalendarFeedView(String url) {}
