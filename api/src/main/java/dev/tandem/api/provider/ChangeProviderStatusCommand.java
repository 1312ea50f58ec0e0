package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider picks AVAILABLE, ON_BREAK or OFFLINE. */
public record ChangeProviderStatusCommand(
        @TargetAggregateIdentifier ProviderId providerId, BusinessId businessId, ProviderStatus status)
        implements BusinessMessage {}
