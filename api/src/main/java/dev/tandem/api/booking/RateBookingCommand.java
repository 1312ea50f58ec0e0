package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RateBookingCommand(
        @TargetAggregateIdentifier BookingId bookingId, BusinessId businessId, int stars, String comment)
        implements BusinessMessage {}
