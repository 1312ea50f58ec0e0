package dev.tandem.api.earnings;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;

/**
 * A booking's earnings recorded again after its worked time was corrected (HOURLY pay): the
 * {@link EarningsRecorded} event stays as it was, and this one carries the difference ({@code adjustmentCents},
 * added to the provider's side and taken from the business's) and the figures as they now stand.
 */
public record EarningsAdjusted(
        BookingId bookingId,
        BusinessId businessId,
        ProviderId providerId,
        long adjustmentCents,
        long providerEarningsCents,
        long businessCommissionCents,
        String currency,
        String reason,
        Instant recordedAt)
        implements BusinessMessage {}
