package dev.tandem.query.dashboard;

/** A calendar feed's address, and the same as a {@code webcal:} link that opens the device's calendar app. */
public record CalendarLink(String url, String webcal) {

    static CalendarLink of(String url) {
        return new CalendarLink(url, url.replaceFirst("^https?://", "webcal://"));
    }
}
