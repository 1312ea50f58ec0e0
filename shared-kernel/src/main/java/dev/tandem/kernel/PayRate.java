package dev.tandem.kernel;

import java.time.Instant;

/**
 * What a provider earns from a given instant on: basis points of the price for PERCENTAGE (2500 = 25%),
 * minor units per hour for HOURLY, minor units per completed booking for FLAT.
 */
public record PayRate(PayRateType type, long amount, Instant effectiveFrom) {

    /** 100% in basis points; a provider cannot be paid more than the whole booking price by percentage. */
    public static final long MAX_BASIS_POINTS = 10_000;

    /** A billion in major units an hour or a job: no real rate comes near, and no sum of earnings overflows. */
    public static final long MAX_AMOUNT = 100_000_000_000L;

    public PayRate {
        if (type == null) {
            throw new IllegalArgumentException("pay rate type is required");
        }
        if (effectiveFrom == null) {
            throw new IllegalArgumentException("pay rate effectiveFrom is required");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("pay rate amount must not be negative, got " + amount);
        }
        if (type == PayRateType.PERCENTAGE && amount > MAX_BASIS_POINTS) {
            throw new IllegalArgumentException(
                    "percentage pay rate must be at most " + MAX_BASIS_POINTS + " basis points, got " + amount);
        }
        if (amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("pay rate amount must be at most " + MAX_AMOUNT + ", got " + amount);
        }
    }
}
