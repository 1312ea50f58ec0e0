package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.ProviderId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a provider to a business; its login is made by the account service in the same transaction. */
public record RegisterProviderCommand(
        @TargetAggregateIdentifier ProviderId providerId,
        BusinessId businessId,
        String name,
        String email,
        String phone,
        List<String> skills,
        GeoPoint home,
        Integer serviceRadiusKm,
        String bio,
        PayRate payRate)
        implements BusinessMessage {}
