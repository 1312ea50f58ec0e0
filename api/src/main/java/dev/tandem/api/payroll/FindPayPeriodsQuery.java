package dev.tandem.api.payroll;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.time.LocalDate;

/** The pay periods that touch the days from {@code from} to {@code to}, latest first. */
public record FindPayPeriodsQuery(BusinessId businessId, LocalDate from, LocalDate to) implements BusinessMessage {}
