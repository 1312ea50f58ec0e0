package dev.tandem.api.catalogue;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a service to the business's catalogue (the catalogue is part of the business). */
public record AddServiceCommand(
        @TargetAggregateIdentifier BusinessId businessId,
        UUID serviceId,
        String name,
        Integer defaultDurationMinutes,
        Long defaultPriceCents,
        String skill)
        implements BusinessMessage {}
