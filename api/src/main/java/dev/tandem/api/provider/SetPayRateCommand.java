package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a pay rate from its effectiveFrom on; earlier rates stay for history. */
public record SetPayRateCommand(
        @TargetAggregateIdentifier ProviderId providerId, BusinessId businessId, PayRate payRate)
        implements BusinessMessage {}
