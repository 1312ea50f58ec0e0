package dev.tandem.api.earnings;

public record EarningsTotals(
        long grossCents, long providerEarningsCents, long businessCommissionCents, long tipCents) {}
