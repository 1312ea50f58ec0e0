package dev.tandem.query.paging;

import dev.tandem.api.errors.InstantInput;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.kernel.BookingStatus;
import java.time.Instant;
import java.util.Locale;

/** Reads a list's query parameters, naming the parameter that is wrong. */
public final class ListParameters {

    private ListParameters() {}

    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return InstantInput.parse(field, value);
    }

    public static BookingStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return BookingStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "status", "must be one of PENDING, CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED");
        }
    }
}
