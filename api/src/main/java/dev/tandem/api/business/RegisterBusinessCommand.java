package dev.tandem.api.business;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens a new business with its settings; sent when its first admin signs up. */
public record RegisterBusinessCommand(
        @TargetAggregateIdentifier BusinessId businessId, String name, String timeZone, String currency)
        implements BusinessMessage {}
