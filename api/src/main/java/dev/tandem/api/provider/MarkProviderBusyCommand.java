package dev.tandem.api.provider;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the status policy when one of the provider's bookings starts. */
public record MarkProviderBusyCommand(
        @TargetAggregateIdentifier ProviderId providerId, BusinessId businessId, BookingId bookingId)
        implements BusinessMessage {}
