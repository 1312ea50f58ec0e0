package dev.tandem.api.payroll;

import dev.tandem.api.Instants;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a provider's statement: a job's earnings ({@code JOB}), a tip ({@code TIP}), or a change to a job's
 * earnings ({@code ADJUSTMENT}). {@code carriedOver} marks a line of a job from a period closed before it was
 * recorded.
 */
public record StatementLine(
        String bookingId,
        String kind,
        LocalDate jobDate,
        Instant completedAt,
        String service,
        String payRateType,
        long payRateAmount,
        long grossCents,
        long providerEarningsCents,
        long tipCents,
        boolean carriedOver) {

    public StatementLine {
        completedAt = Instants.millis(completedAt);
    }
}
