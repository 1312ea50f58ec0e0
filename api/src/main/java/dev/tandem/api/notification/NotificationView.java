package dev.tandem.api.notification;

import dev.tandem.api.Instants;
import java.time.Instant;

public record NotificationView(
        String id,
        String type,
        String title,
        String body,
        String bookingId,
        String providerId,
        Instant createdAt,
        Instant readAt) {

    public NotificationView {
        createdAt = Instants.millis(createdAt);
        readAt = Instants.millis(readAt);
    }
}
