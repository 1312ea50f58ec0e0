package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import java.time.Instant;

/**
 * {@link RankProvidersQuery} for a booking described here rather than read from the views, so the saga ranks
 * a booking created a moment ago as it stands now. The booking itself never counts as an overlap.
 */
public record RankProvidersForSlotQuery(
        BusinessId businessId,
        BookingId bookingId,
        String service,
        double lat,
        double lng,
        Instant scheduledStart,
        int durationMinutes)
        implements BusinessMessage {}
