package dev.tandem.api.business;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Changes any of a business's name, time zone or currency; a null field stays as it is. */
public record ChangeBusinessSettingsCommand(
        @TargetAggregateIdentifier BusinessId businessId,
        String name,
        String timeZone,
        String currency,
        @TargetAggregateVersion Long expectedVersion)
        implements BusinessMessage {}
