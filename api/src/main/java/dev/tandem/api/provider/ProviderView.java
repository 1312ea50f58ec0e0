package dev.tandem.api.provider;

import dev.tandem.api.Instants;
import java.time.Instant;
import java.util.List;

/** A provider as admins and the provider itself see it. */
public record ProviderView(
        String id,
        String name,
        String email,
        String phone,
        String bio,
        List<String> skills,
        GeoPointView home,
        Integer serviceRadiusKm,
        String status,
        boolean active,
        PayRateView payRate,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public ProviderView {
        createdAt = Instants.millis(createdAt);
        updatedAt = Instants.millis(updatedAt);
    }
}
