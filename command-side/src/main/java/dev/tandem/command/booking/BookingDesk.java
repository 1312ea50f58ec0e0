package dev.tandem.command.booking;

import dev.tandem.api.Instants;
import dev.tandem.api.booking.AssignBookingCommand;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.CancelBookingCommand;
import dev.tandem.api.booking.ChangeBookingNotesCommand;
import dev.tandem.api.booking.CreateBookingCommand;
import dev.tandem.api.booking.RepriceBookingCommand;
import dev.tandem.api.booking.RescheduleBookingCommand;
import dev.tandem.api.customer.CreateCustomerCommand;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.command.business.BusinessLookup;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.ProviderId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's booking writes that take more than one command. Each runs in one transaction, which every
 * command's unit of work joins: a new customer and its booking, or all the changes of one PATCH, are stored
 * together or not at all.
 */
@Component
class BookingDesk {

    private final CommandGateway commands;
    private final BusinessLookup businesses;
    private final BookingLookup bookings;

    BookingDesk(CommandGateway commands, BusinessLookup businesses, BookingLookup bookings) {
        this.commands = commands;
        this.businesses = businesses;
        this.bookings = bookings;
    }

    @Transactional
    BookingView book(BusinessId businessId, BookingRequests.CreateBooking request) {
        CustomerId customerId = customerFor(businessId, request);
        return commands.sendAndWait(new CreateBookingCommand(
                BookingId.newId(),
                businessId,
                customerId,
                request.service(),
                Instants.millis(request.scheduledStart()),
                request.durationMinutes(),
                request.priceCents(),
                businesses.current(businessId).currency(),
                request.providerId() == null ? null : new ProviderId(request.providerId()),
                !Boolean.FALSE.equals(request.autoAssign()),
                request.notes()));
    }

    /** Applies the changes in a fixed order; the expected version is that of the booking before them. */
    @Transactional
    BookingView change(
            BusinessId businessId, BookingId bookingId, BookingRequests.ChangeBooking request, Long expectedVersion) {
        BookingView current = bookings.current(businessId, bookingId);
        List<Function<Long, Object>> changes = changesOf(businessId, bookingId, request, current);
        if (changes.isEmpty()) {
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new ConflictingAggregateVersionException(
                        bookingId.toString(), expectedVersion, current.version());
            }
            return current;
        }
        BookingView result = current;
        Long expected = expectedVersion;
        for (Function<Long, Object> change : changes) {
            result = commands.sendAndWait(change.apply(expected));
            expected = null;
        }
        return result;
    }

    private static List<Function<Long, Object>> changesOf(
            BusinessId businessId, BookingId bookingId, BookingRequests.ChangeBooking request, BookingView current) {
        if (request.status() != null && !"CANCELLED".equals(request.status())) {
            throw new InvalidInputException("status", "may only be CANCELLED here");
        }
        var changes = new ArrayList<Function<Long, Object>>();
        if (request.providerId() != null) {
            var provider = new ProviderId(request.providerId());
            changes.add(expected -> new AssignBookingCommand(bookingId, businessId, provider, expected));
        }
        if (request.changesSchedule()) {
            var start = request.scheduledStart() == null
                    ? current.scheduledStart()
                    : Instants.millis(request.scheduledStart());
            int duration = request.durationMinutes() == null ? current.durationMinutes() : request.durationMinutes();
            changes.add(expected -> new RescheduleBookingCommand(bookingId, businessId, start, duration, expected));
        }
        if (request.priceCents() != null) {
            long price = request.priceCents();
            changes.add(expected -> new RepriceBookingCommand(bookingId, businessId, price, expected));
        }
        if (request.notes() != null) {
            changes.add(expected -> new ChangeBookingNotesCommand(bookingId, businessId, request.notes(), expected));
        }
        if (request.status() != null) {
            changes.add(expected -> new CancelBookingCommand(bookingId, businessId, null, expected));
        }
        return changes;
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
