package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Brings a deactivated provider back: it signs in and can be assigned again, its history unchanged. */
public record ReactivateProviderCommand(
        @TargetAggregateIdentifier ProviderId providerId, BusinessId businessId) implements BusinessMessage {}
