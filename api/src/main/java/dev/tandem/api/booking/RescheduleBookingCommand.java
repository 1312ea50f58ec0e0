package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record RescheduleBookingCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BusinessId businessId,
        Instant scheduledStart,
        int durationMinutes,
        @TargetAggregateVersion Long expectedVersion)
        implements BusinessMessage {}
