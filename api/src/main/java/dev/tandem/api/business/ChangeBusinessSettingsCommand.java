package dev.tandem.api.business;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Changes any of a business's name, time zone, currency or locale; a null field stays as it is, and an empty
 * locale goes back to each reader's own language.
 */
public record ChangeBusinessSettingsCommand(
        @TargetAggregateIdentifier BusinessId businessId,
        String name,
        String timeZone,
        String currency,
        String locale,
        @TargetAggregateVersion Long expectedVersion)
        implements BusinessMessage {}
