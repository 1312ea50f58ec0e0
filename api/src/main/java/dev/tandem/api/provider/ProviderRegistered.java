package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.ProviderId;
import java.util.List;

public record ProviderRegistered(
        ProviderId providerId,
        BusinessId businessId,
        String name,
        String email,
        String phone,
        List<String> skills,
        GeoPoint home,
        Integer serviceRadiusKm,
        String bio)
        implements BusinessMessage {}
