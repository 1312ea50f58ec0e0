package dev.tandem.api.errors;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Instants a request may carry: ISO-8601 strings (never epoch numbers) within a range a business could mean,
 * so that a slip of the keyboard (the year 1970, or 9999) is refused instead of stored.
 */
public final class InstantInput {

    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    public static final String RULE =
            "must be an ISO-8601 instant in the years 2000 to 2099, such as 2026-11-24T09:00:00Z";

    private InstantInput() {}

    /** The instant the text names, or null when it names none or one outside the range. */
    public static Instant parseOrNull(String text) {
        try {
            Instant instant = Instant.parse(text.strip());
            return instant.isBefore(EARLIEST) || !instant.isBefore(LATEST) ? null : instant;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The instant the text names; 400 naming the field otherwise. */
    public static Instant parse(String field, String text) {
        Instant instant = parseOrNull(text);
        if (instant == null) {
            throw new InvalidInputException(field, RULE);
        }
        return instant;
    }
}
