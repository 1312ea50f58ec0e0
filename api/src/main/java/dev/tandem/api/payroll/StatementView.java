package dev.tandem.api.payroll;

import java.time.LocalDate;
import java.util.List;

/** What a provider is paid for a pay period, line by line, and the totals the lines add up to. */
public record StatementView(
        String providerId,
        String name,
        LocalDate periodStart,
        LocalDate periodEnd,
        String status,
        List<StatementLine> lines,
        Totals totals,
        String currency) {

    /** The lines added up; {@code totalCents} is earnings and tips. */
    public record Totals(int jobs, long grossCents, long providerEarningsCents, long tipCents, long totalCents) {}
}
