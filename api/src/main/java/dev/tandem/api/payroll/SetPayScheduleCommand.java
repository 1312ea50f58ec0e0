package dev.tandem.api.payroll;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayFrequency;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets how a business's earnings are grouped into pay periods. */
public record SetPayScheduleCommand(
        @TargetAggregateIdentifier BusinessId businessId, PayFrequency frequency, LocalDate anchorDate)
        implements BusinessMessage {}
