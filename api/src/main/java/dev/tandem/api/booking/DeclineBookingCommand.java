package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The assigned provider gives the job back; it returns to PENDING without a provider. */
public record DeclineBookingCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BusinessId businessId,
        ProviderId providerId,
        String reason,
        @TargetAggregateVersion Long expectedVersion)
        implements BusinessMessage {}
