package dev.tandem.api.earnings;

import dev.tandem.api.Instants;
import java.time.Instant;

public record EarningView(
        String bookingId,
        String providerId,
        String payRateType,
        long payRateAmount,
        long grossCents,
        long providerEarningsCents,
        long businessCommissionCents,
        long tipCents,
        String currency,
        Instant recordedAt,
        Instant scheduledStart) {

    public EarningView {
        recordedAt = Instants.millis(recordedAt);
        scheduledStart = Instants.millis(scheduledStart);
    }
}
