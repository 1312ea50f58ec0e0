package dev.tandem.command.booking;

import dev.tandem.api.assignment.FindCurrentBookingQuery;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** A booking as its own events describe it, for writes that need its current values before they start. */
@Component
class BookingLookup {

    private final Repository<Booking> bookings;

    BookingLookup(Repository<Booking> bookingRepository) {
        this.bookings = bookingRepository;
    }

    /** The assignment saga reads here what it is about to offer: the views may not show a new booking yet. */
    @QueryHandler
    BookingView handle(FindCurrentBookingQuery query) {
        return current(query.businessId(), query.bookingId());
    }

    BookingView current(BusinessId businessId, BookingId bookingId) {
        var result = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> bookings.load(bookingId.toString()).invoke(booking -> {
                    booking.admit(businessId, null);
                    return booking.view();
                }));
        if (!result.isExceptional()) {
            return result.getPayload();
        }
        Throwable failure = result.exceptionResult();
        if (failure instanceof AggregateNotFoundException) {
            throw new NotFoundException("No such booking.");
        }
        if (failure instanceof RuntimeException refused) {
            throw refused;
        }
        throw new IllegalStateException(failure);
    }
}
