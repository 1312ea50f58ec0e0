package dev.tandem.api.provider;

import dev.tandem.api.Instants;
import java.time.Instant;

public record ProviderRealtimeStatusView(
        String providerId,
        String name,
        String status,
        String currentBookingId,
        Instant nextBookingAt,
        Instant updatedAt) {

    public ProviderRealtimeStatusView {
        nextBookingAt = Instants.millis(nextBookingAt);
        updatedAt = Instants.millis(updatedAt);
    }
}
