package dev.tandem.api;

import java.util.List;

/** One page of a list; {@code nextCursor} fetches the next, and is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
}
