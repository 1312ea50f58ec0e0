package dev.tandem.api.booking;

import java.time.Instant;

/** A booking as the API shows it. */
public record BookingView(
        String id,
        String status,
        String service,
        Instant scheduledStart,
        Instant scheduledEnd,
        int durationMinutes,
        long priceCents,
        String currency,
        CustomerSummary customer,
        String providerId,
        Instant startedAt,
        Instant completedAt,
        Instant cancelledAt,
        String notes,
        RatingView rating,
        long version,
        Instant createdAt,
        Instant updatedAt) {}
