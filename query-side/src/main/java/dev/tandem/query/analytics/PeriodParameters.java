package dev.tandem.query.analytics;

import dev.tandem.api.analytics.AnalyticsPeriod;
import dev.tandem.api.analytics.GroupBy;
import dev.tandem.api.errors.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;

/** Reads the query parameters of an analytics request, naming the one that is wrong. */
final class PeriodParameters {

    /** The period when none is asked for: the last 30 days, today included. */
    static final int DEFAULT_DAYS = 30;

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private PeriodParameters() {}

    /**
     * From and to as given, else the default period ending today, or starting on from. Today is asked for only
     * when neither is given (it takes a look-up of the business's time zone).
     */
    static AnalyticsPeriod period(String from, String to, Supplier<LocalDate> today) {
        LocalDate last = date("to", to);
        LocalDate first = date("from", from);
        if (last == null) {
            last = first == null ? today.get() : first.plusDays(DEFAULT_DAYS - 1L);
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1L);
        }
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        var period = new AnalyticsPeriod(first, last);
        if (period.days() > AnalyticsPeriod.MAX_DAYS) {
            throw new InvalidInputException("to", "must be at most " + AnalyticsPeriod.MAX_DAYS + " days after from");
        }
        return period;
    }

    static GroupBy groupBy(String value) {
        if (value == null || value.isBlank()) {
            return GroupBy.DAY;
        }
        try {
            return GroupBy.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("groupBy", "must be day, week or month");
        }
    }

    static boolean comparePrevious(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (!value.strip().equalsIgnoreCase("previous")) {
            throw new InvalidInputException("compare", "must be previous");
        }
        return true;
    }

    static String service(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > 200) {
            throw new InvalidInputException("service", "must be at most 200 characters");
        }
        return value.strip();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new InvalidInputException(field, "must be a date in the years 2000 to 2099");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date such as 2026-11-24");
        }
    }
}
