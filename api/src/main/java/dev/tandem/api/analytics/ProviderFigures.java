package dev.tandem.api.analytics;

/**
 * One provider over a period. {@code bookings} are those assigned to it now, cancelled ones included; a booking
 * it declined counts in {@code declined} instead. Money in minor units; {@code earningsCents} without tips.
 */
public record ProviderFigures(
        String providerId,
        String name,
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
        double utilization) {}
