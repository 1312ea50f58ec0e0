package dev.tandem.api.payroll;

import dev.tandem.api.Instants;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A pay period, from {@code start} to {@code end} (its last day), with what it pays: earnings of the jobs in it,
 * tips, and adjustments carried in from closed periods before it ({@code adjustmentCents}, part of
 * {@code providerEarningsCents}). {@code totalCents} is what the providers are paid: earnings and tips.
 */
public record PayPeriodView(
        LocalDate start,
        LocalDate end,
        String status,
        Instant closedAt,
        int providers,
        int jobs,
        long grossCents,
        long providerEarningsCents,
        long tipCents,
        long adjustmentCents,
        long totalCents,
        String currency) {

    public PayPeriodView {
        closedAt = Instants.millis(closedAt);
    }
}
