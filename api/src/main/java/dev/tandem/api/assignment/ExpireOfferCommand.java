package dev.tandem.api.assignment;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The offer to this provider ran out; nothing happens if the provider has confirmed or lost it since. */
public record ExpireOfferCommand(
        @TargetAggregateIdentifier BookingId bookingId, BusinessId businessId, ProviderId providerId)
        implements BusinessMessage {}
