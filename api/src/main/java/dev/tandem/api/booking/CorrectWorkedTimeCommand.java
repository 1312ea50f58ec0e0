package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin sets when a completed job really started and ended, and says why. */
public record CorrectWorkedTimeCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BusinessId businessId,
        Instant startedAt,
        Instant completedAt,
        String reason)
        implements BusinessMessage {}
