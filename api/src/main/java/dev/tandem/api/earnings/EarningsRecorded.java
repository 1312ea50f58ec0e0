package dev.tandem.api.earnings;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.PayRateType;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;

/** What a provider earned from a completed booking; stored exactly once per booking. */
public record EarningsRecorded(
        BookingId bookingId,
        BusinessId businessId,
        ProviderId providerId,
        PayRateType payRateType,
        long payRateAmount,
        long grossCents,
        long providerEarningsCents,
        long businessCommissionCents,
        String currency,
        Instant recordedAt)
        implements BusinessMessage {}
