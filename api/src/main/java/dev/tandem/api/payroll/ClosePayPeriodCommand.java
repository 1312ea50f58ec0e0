package dev.tandem.api.payroll;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the pay period that starts on {@code start}: what is recorded for its jobs later goes to the next open one. */
public record ClosePayPeriodCommand(
        @TargetAggregateIdentifier BusinessId businessId, LocalDate start) implements BusinessMessage {}
