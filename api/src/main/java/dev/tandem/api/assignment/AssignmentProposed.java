package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;
import java.util.List;

/** The booking is offered to a provider (and assigned to it, still PENDING) until the offer expires. */
public record AssignmentProposed(
        BookingId bookingId,
        BusinessId businessId,
        ProviderId providerId,
        Instant offerExpiresAt,
        double score,
        List<String> reasons)
        implements BusinessMessage {}
