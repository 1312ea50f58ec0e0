package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An admin's changes to a booking, made together or not at all: a new provider, start, arrival window,
 * duration, price or notes (each null leaves it as it is; blank notes clear them), and a cancellation after them, with its reason
 * when one is given. One command, so that its events are stored together in either mode.
 */
public record ChangeBookingCommand(
        @TargetAggregateIdentifier BookingId bookingId,
        BusinessId businessId,
        ProviderId providerId,
        Instant scheduledStart,
        Integer durationMinutes,
        Long priceCents,
        String notes,
        boolean cancel,
        String cancellationReason,
        ArrivalWindow arrivalWindow,
        @TargetAggregateVersion Long expectedVersion)
        implements BusinessMessage {}
