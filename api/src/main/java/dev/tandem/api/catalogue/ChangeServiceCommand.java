package dev.tandem.api.catalogue;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes any of a service's fields; a null field stays as it is, an empty skill lets anyone do it. */
public record ChangeServiceCommand(
        @TargetAggregateIdentifier BusinessId businessId,
        UUID serviceId,
        String name,
        Integer defaultDurationMinutes,
        Long defaultPriceCents,
        String skill)
        implements BusinessMessage {}
