package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retires a provider: it keeps its history but cannot log in or be assigned. */
public record DeactivateProviderCommand(
        @TargetAggregateIdentifier ProviderId providerId, BusinessId businessId) implements BusinessMessage {}
