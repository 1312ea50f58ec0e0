package dev.tandem.query.paging;

import dev.tandem.api.Page;
import dev.tandem.api.errors.InvalidInputException;

/** The {@code limit} of a list request: 50 when absent, 1 to 500 otherwise. */
public final class PageLimit {

    private PageLimit() {}

    public static int of(Integer limit) {
        if (limit == null) {
            return Page.DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + Page.MAX_LIMIT);
        }
        return limit;
    }
}
