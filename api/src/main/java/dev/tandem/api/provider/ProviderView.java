package dev.tandem.api.provider;

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
        Instant updatedAt) {}
