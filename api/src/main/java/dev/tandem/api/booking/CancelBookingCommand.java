package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CancelBookingCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BusinessId businessId,
        String reason,
        @TargetAggregateVersion Long expectedVersion)
        implements BusinessMessage {}
