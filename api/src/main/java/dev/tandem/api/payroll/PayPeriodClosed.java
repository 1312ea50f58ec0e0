package dev.tandem.api.payroll;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A pay period was closed: from {@code start} to {@code end} (excluded), local dates of the business. Earnings
 * recorded after this for its jobs are adjustments in the next open period.
 */
public record PayPeriodClosed(BusinessId businessId, LocalDate start, LocalDate end, Instant closedAt)
        implements BusinessMessage {}
