package dev.tandem.api.catalogue;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a service out of the catalogue; bookings made for it keep their service's name. */
public record RemoveServiceCommand(
        @TargetAggregateIdentifier BusinessId businessId, UUID serviceId) implements BusinessMessage {}
