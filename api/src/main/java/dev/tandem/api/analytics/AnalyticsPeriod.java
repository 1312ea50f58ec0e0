package dev.tandem.api.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Local dates of the business, both inclusive; a booking counts in the period of its scheduled start. */
public record AnalyticsPeriod(LocalDate from, LocalDate to) {

    /** The longest period one answer covers. */
    public static final int MAX_DAYS = 366;

    public AnalyticsPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a period runs from a date to the same or a later one");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public AnalyticsPeriod previous() {
        return new AnalyticsPeriod(from.minusDays(days()), from.minusDays(1));
    }
}
