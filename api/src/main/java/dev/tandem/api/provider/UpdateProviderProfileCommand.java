package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.ProviderId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Changes any of a provider's profile fields; null fields stay as they are. */
public record UpdateProviderProfileCommand(
        @TargetAggregateIdentifier ProviderId providerId,
        BusinessId businessId,
        String name,
        String phone,
        String bio,
        List<String> skills,
        GeoPoint home,
        Integer serviceRadiusKm,
        @TargetAggregateVersion Long expectedVersion)
        implements BusinessMessage {}
