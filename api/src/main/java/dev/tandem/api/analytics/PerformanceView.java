package dev.tandem.api.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's own figures for a period, beside the whole business's rates for the same period; no other
 * provider's figures. {@code series} is its earnings (tips included) per day, for a trend.
 */
public record PerformanceView(
        LocalDate from,
        LocalDate to,
        String providerId,
        long bookings,
        long completed,
        long cancelled,
        long declined,
        double completionRate,
        Double averageRating,
        long ratings,
        long earningsCents,
        long tipsCents,
        long bookedMinutes,
        long availableMinutes,
        double utilization,
        Business business,
        List<EarningsPoint> series) {

    public record Business(double completionRate, Double averageRating, double utilization) {}

    public record EarningsPoint(String period, long earningsCents, long tipsCents) {}
}
