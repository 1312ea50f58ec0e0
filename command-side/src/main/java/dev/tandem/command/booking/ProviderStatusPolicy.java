package dev.tandem.command.booking;

import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.provider.MarkProviderBusyCommand;
import dev.tandem.api.provider.ReleaseProviderCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps a provider BUSY while one of its bookings is in progress (docs/api.md, Provider → admin). A subscribing
 * processor (see {@link BookingConfiguration}): the provider's status changes in the same transaction as
 * the booking, so a write that starts or completes a job answers with both already true, and the policy
 * never runs on a replay.
 *
 * <p>Only a started booking makes a provider busy, and a started booking can end only by completing (the
 * status machine allows no cancellation from IN_PROGRESS), so BookingCompleted is the one release.
 */
@Component
@ProcessingGroup(ProviderStatusPolicy.PROCESSING_GROUP)
class ProviderStatusPolicy {

    static final String PROCESSING_GROUP = "provider-status-policy";

    private final CommandGateway commands;

    ProviderStatusPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(BookingStarted event) {
        commands.sendAndWait(new MarkProviderBusyCommand(event.providerId(), event.businessId(), event.bookingId()));
    }

    @EventHandler
    @DisallowReplay
    void on(BookingCompleted event) {
        commands.sendAndWait(new ReleaseProviderCommand(event.providerId(), event.businessId(), event.bookingId()));
    }
}
