package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RepriceBookingCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BusinessId businessId,
        long priceCents,
        @TargetAggregateVersion Long expectedVersion)
        implements BusinessMessage {}
