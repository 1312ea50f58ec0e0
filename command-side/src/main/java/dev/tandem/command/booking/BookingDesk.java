package dev.tandem.command.booking;

import dev.tandem.api.Instants;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.ChangeBookingCommand;
import dev.tandem.api.booking.CreateBookingCommand;
import dev.tandem.api.customer.CreateCustomerCommand;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.command.business.BusinessLookup;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.ProviderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's booking writes. A booking for a new customer takes two commands, in one transaction that
 * both units of work join, so both are stored or neither; a PATCH is one command.
 */
@Component
class BookingDesk {

    /** A job booked "now" may be entered a few minutes late; further back it is a typo, or history. */
    static final Duration PAST_GRACE = Duration.ofMinutes(5);

    private final CommandGateway commands;
    private final BusinessLookup businesses;
    private final Clock clock;

    BookingDesk(CommandGateway commands, BusinessLookup businesses, Clock clock) {
        this.commands = commands;
        this.businesses = businesses;
        this.clock = clock;
    }

    @Transactional
    BookingView book(BusinessId businessId, BookingRequests.CreateBooking request) {
        requireNotPast(request.scheduledStart());
        String service = businesses.bookableService(businessId, request.service());
        CustomerId customerId = customerFor(businessId, request);
        return commands.sendAndWait(new CreateBookingCommand(
                BookingId.newId(),
                businessId,
                customerId,
                service,
                Instants.millis(request.scheduledStart()),
                request.durationMinutes(),
                request.priceCents(),
                businesses.current(businessId).currency(),
                request.providerId() == null ? null : new ProviderId(request.providerId()),
                !Boolean.FALSE.equals(request.autoAssign()),
                request.notes(),
                request.arrivalWindow()));
    }

    /**
     * A PATCH is one command: rescheduling, reassigning, repricing and cancelling are stored together or not at
     * all, in either mode. The expected version is that of the booking before them.
     */
    BookingView change(
            BusinessId businessId, BookingId bookingId, BookingRequests.ChangeBooking request, Long expectedVersion) {
        if (request.status() != null && !"CANCELLED".equals(request.status())) {
            throw new InvalidInputException("status", "may only be CANCELLED here");
        }
        if (request.reason() != null && request.status() == null) {
            throw new InvalidInputException("reason", "is given only with status CANCELLED");
        }
        requireNotPast(request.scheduledStart());
        return commands.sendAndWait(new ChangeBookingCommand(
                bookingId,
                businessId,
                request.providerId() == null ? null : new ProviderId(request.providerId()),
                request.scheduledStart() == null ? null : Instants.millis(request.scheduledStart()),
                request.durationMinutes(),
                request.priceCents(),
                request.notes(),
                request.status() != null,
                request.reason(),
                request.arrivalWindow(),
                expectedVersion));
    }

    /**
     * New bookings and reschedules lie ahead: one entered for last week by mistake would be offered, confirmed
     * and paid as if it were still to be done. (The demo business writes its past through the commands.)
     */
    private void requireNotPast(Instant scheduledStart) {
        if (scheduledStart != null && scheduledStart.isBefore(clock.instant().minus(PAST_GRACE))) {
            throw new InvalidInputException("scheduledStart", "must not be in the past");
        }
    }

    /** A new customer is created first, in the same transaction as the booking that names it. */
    private CustomerId customerFor(BusinessId businessId, BookingRequests.CreateBooking request) {
        if ((request.customer() == null) == (request.customerId() == null)) {
            throw new InvalidInputException("customer", "give either customer or customerId");
        }
        if (request.customerId() != null) {
            return new CustomerId(request.customerId());
        }
        var customer = request.customer();
        var customerId = CustomerId.newId();
        commands.sendAndWait(new CreateCustomerCommand(
                customerId,
                businessId,
                customer.name(),
                customer.email(),
                customer.phone(),
                customer.address(),
                new GeoPoint(customer.lat(), customer.lng())));
        return customerId;
    }
}
