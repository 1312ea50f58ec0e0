package dev.tandem.api.notification;

import java.time.Instant;

public record NotificationView(
        String id,
        String type,
        String title,
        String body,
        String bookingId,
        String providerId,
        Instant createdAt,
        Instant readAt) {}
