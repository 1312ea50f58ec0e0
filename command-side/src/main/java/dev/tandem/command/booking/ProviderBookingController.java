package dev.tandem.command.booking;

import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.CompleteBookingCommand;
import dev.tandem.api.booking.ConfirmBookingCommand;
import dev.tandem.api.booking.DeclineBookingCommand;
import dev.tandem.api.booking.StartBookingCommand;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A provider moves its own booking along: confirms, starts, completes or declines it. */
@RestController
class ProviderBookingController {

    private final CommandGateway commands;
    private final ProjectionBarrier projections;

    ProviderBookingController(CommandGateway commands, ProjectionBarrier projections) {
        this.commands = commands;
        this.projections = projections;
    }

    enum Move {
        CONFIRMED,
        IN_PROGRESS,
        COMPLETED,
        DECLINED
    }

    /** {@code reason} says why a booking is declined; {@code note}, its older name, is still read. */
    record MoveBooking(
            @NotNull UUID bookingId, @NotNull Move status, Long expectedVersion, String note, String reason) {

        String declineReason() {
            return reason != null ? reason : note;
        }
    }

    @PutMapping("/api/provider/bookings")
    ResponseEntity<BookingView> move(@Valid @RequestBody MoveBooking request, IfMatch ifMatch, Caller caller) {
        ProviderId provider =
                caller.providerId().orElseThrow(() -> new AccessDeniedException("Only providers move bookings."));
        BookingView booking = commands.sendAndWait(
                commandFor(request, caller.businessId(), provider, ifMatch.orElse(request.expectedVersion())));
        // Starting and completing also change the provider's status, in the same transaction.
        projections.awaitAggregates(booking.id(), provider.toString());
        return ResponseEntity.ok().eTag(Long.toString(booking.version())).body(booking);
    }

    private static Object commandFor(MoveBooking request, BusinessId businessId, ProviderId provider, Long expected) {
        var bookingId = new BookingId(request.bookingId());
        return switch (request.status()) {
            case CONFIRMED -> new ConfirmBookingCommand(bookingId, businessId, provider, expected);
            case IN_PROGRESS -> new StartBookingCommand(bookingId, businessId, provider, expected);
            case COMPLETED -> new CompleteBookingCommand(bookingId, businessId, provider, expected);
            case DECLINED ->
                new DeclineBookingCommand(bookingId, businessId, provider, request.declineReason(), expected);
        };
    }
}
