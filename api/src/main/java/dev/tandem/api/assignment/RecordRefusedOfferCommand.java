package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The assignment saga could not offer the booking to this provider (the booking refused the offer: the
 * provider is booked then, say, which the ranking had not seen yet); recorded so that the saga moves on to the
 * next provider and the booking's history says why. Nothing is recorded if the booking found a provider since.
 */
public record RecordRefusedOfferCommand(
        @TargetAggregateIdentifier BookingId bookingId, BusinessId businessId, ProviderId providerId, String reason)
        implements BusinessMessage {}
