package dev.tandem.api.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A business's figures for a period (docs/api.md, Analytics). {@code totals} are the period's headline figures,
 * which {@code previous} repeats for the period before when asked.
 */
public record AnalyticsReport(
        LocalDate from,
        LocalDate to,
        Totals totals,
        List<ProviderFigures> providers,
        BookingDistribution bookingDistribution,
        EarningsOverview earningsOverview,
        CustomerSatisfaction customerSatisfaction,
        List<SeriesPoint> series,
        PreviousPeriod previous) {

    /** Every booking of the period, assigned or not; declines of those bookings; minutes of every provider listed. */
    public record Totals(
            long bookings,
            long completed,
            long cancelled,
            long declined,
            double completionRate,
            Double averageRating,
            long ratings,
            long grossCents,
            long bookedMinutes,
            long availableMinutes,
            double utilization) {}

    /** Counts of the period's bookings; every status, day of the week and hour is present, with 0 when none. */
    public record BookingDistribution(
            Map<String, Long> byStatus,
            Map<String, Long> byService,
            Map<String, Long> byProvider,
            Map<String, Long> byDayOfWeek,
            Map<String, Long> byHour) {}

    /** {@code grossCents} is the price of the completed bookings; the provider's side is without tips. */
    public record EarningsOverview(
            long grossCents, long providerEarningsCents, long businessCommissionCents, long tipsCents) {}

    /** {@code distribution} counts the ratings of each number of stars, "1" to "5". */
    public record CustomerSatisfaction(Double averageRating, long ratings, Map<String, Long> distribution) {}

    /** One day, week or month; {@code period} is its first local date. */
    public record SeriesPoint(
            String period,
            long bookings,
            long completed,
            long cancelled,
            long grossCents,
            long providerEarningsCents,
            long businessCommissionCents,
            long tipsCents) {}

    public record PreviousPeriod(
            LocalDate from,
            LocalDate to,
            long bookings,
            long completed,
            double completionRate,
            Double averageRating,
            long grossCents,
            double utilization) {}
}
