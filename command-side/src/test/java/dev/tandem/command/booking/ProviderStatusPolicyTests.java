package dev.tandem.command.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.provider.MarkProviderBusyCommand;
import dev.tandem.api.provider.ReleaseProviderCommand;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Instant;
import java.util.Arrays;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;

class ProviderStatusPolicyTests {

    private static final BookingId BOOKING = BookingId.newId();
    private static final BusinessId BUSINESS = BusinessId.newId();
    private static final ProviderId PROVIDER = ProviderId.newId();

    private final CommandGateway commands = mock(CommandGateway.class);
    private final ProviderStatusPolicy policy = new ProviderStatusPolicy(commands);

    @Test
    void aStartedBookingMakesItsProviderBusy() {
        policy.on(new BookingStarted(BOOKING, BUSINESS, PROVIDER, Instant.now()));

        verify(commands).sendAndWait(new MarkProviderBusyCommand(PROVIDER, BUSINESS, BOOKING));
    }

    @Test
    void aCompletedBookingReleasesItsProvider() {
        policy.on(new BookingCompleted(BOOKING, BUSINESS, PROVIDER, Instant.now()));

        verify(commands).sendAndWait(new ReleaseProviderCommand(PROVIDER, BUSINESS, BOOKING));
    }

    @Test
    void noneOfItsHandlersRunsAgainOnReplay() {
        assertThat(Arrays.stream(ProviderStatusPolicy.class.getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(EventHandler.class)))
                .isNotEmpty()
                .allMatch(method -> method.isAnnotationPresent(DisallowReplay.class));
    }
}
