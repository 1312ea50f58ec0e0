package dev.tandem.query.paging;

import dev.tandem.api.Page;
import dev.tandem.api.errors.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in a list ordered by a text key, then by id: the next page starts after it. Keyset rather than
 * offset paging, so a page does not skip or repeat rows when rows are added meanwhile. Clients see it only
 * as an opaque cursor.
 */
public record Keyset(String key, UUID id) {

    private static final char SEPARATOR = '\n';

    /** A position in a list ordered by an instant, then by id. */
    public static Keyset at(Instant instant, UUID id) {
        return new Keyset(instant.toString(), id);
    }

    /** The key of a list ordered by an instant; a cursor from another list is refused. */
    public Instant instant() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list gave out");
        }
    }

    public String toCursor() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((key + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names, or null for the first page. */
    public static Keyset fromCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int split = text.lastIndexOf(SEPARATOR);
            return new Keyset(text.substring(0, split), UUID.fromString(text.substring(split + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list gave out");
        }
    }

    /** The page size asked for: default {@value Page#DEFAULT_LIMIT}, at most {@value Page#MAX_LIMIT}. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return Page.DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + Page.MAX_LIMIT);
        }
        return limit;
    }

    /** A LIKE pattern that finds the text anywhere, with LIKE's own wildcards taken literally. */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
