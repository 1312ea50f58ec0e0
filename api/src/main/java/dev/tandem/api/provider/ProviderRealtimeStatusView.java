package dev.tandem.api.provider;

import java.time.Instant;

public record ProviderRealtimeStatusView(
        String providerId,
        String name,
        String status,
        String currentBookingId,
        Instant nextBookingAt,
        Instant updatedAt) {}
