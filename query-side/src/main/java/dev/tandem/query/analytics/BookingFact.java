package dev.tandem.query.analytics;

import dev.tandem.kernel.BookingStatus;
import java.time.LocalDateTime;
import java.util.UUID;

/** What the figures count of one booking, its start in the business's local time. */
record BookingFact(
        UUID providerId,
        String service,
        BookingStatus status,
        LocalDateTime localStart,
        int durationMinutes,
        Integer stars,
        long tipCents,
        long grossCents,
        long providerEarningsCents,
        long businessCommissionCents) {}
