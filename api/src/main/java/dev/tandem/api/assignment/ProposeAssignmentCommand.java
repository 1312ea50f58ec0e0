package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The assignment saga offers a pending booking to a provider until {@code offerExpiresAt}. */
public record ProposeAssignmentCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BusinessId businessId,
        ProviderId providerId,
        Instant offerExpiresAt,
        double score,
        List<String> reasons)
        implements BusinessMessage {}
