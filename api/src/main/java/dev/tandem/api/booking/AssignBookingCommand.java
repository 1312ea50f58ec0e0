package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Gives the booking to a provider, or to another one. */
public record AssignBookingCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BusinessId businessId,
        ProviderId providerId,
        @TargetAggregateVersion Long expectedVersion)
        implements BusinessMessage {}
