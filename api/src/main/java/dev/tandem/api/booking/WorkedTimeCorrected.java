package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;

/** The job's worked time as an admin corrected it; the times tapped on the phone stay in the earlier events. */
public record WorkedTimeCorrected(
        BookingId bookingId,
        BusinessId businessId,
        ProviderId providerId,
        Instant startedAt,
        Instant completedAt,
        String reason)
        implements BusinessMessage {}
