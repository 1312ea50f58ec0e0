package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a provider's time off with this list; entries are matched by id. */
public record SetTimeOffCommand(
        @TargetAggregateIdentifier ProviderId providerId, BusinessId businessId, List<TimeOff> timeOff)
        implements BusinessMessage {}
