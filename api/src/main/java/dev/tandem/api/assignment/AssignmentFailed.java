package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import java.util.List;

/** Auto-assignment gave up on the booking: every provider declined, let the offer expire, or cannot take it. */
public record AssignmentFailed(BookingId bookingId, BusinessId businessId, List<ProviderRanking.Exclusion> excluded)
        implements BusinessMessage {}
