package dev.tandem.command.booking;

import dev.tandem.api.assignment.FindCurrentBookingQuery;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.OwnershipCheck;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * A booking as its own events describe it, for writes that need its current values before they start, and
 * for the ownership check that runs before a write's body is read.
 */
@Component
class BookingLookup implements OwnershipCheck {

    private final Repository<Booking> bookings;

    BookingLookup(Repository<Booking> bookingRepository) {
        this.bookings = bookingRepository;
    }

    /** The assignment saga reads here what it is about to offer: the views may not show a new booking yet. */
    @QueryHandler
    BookingView handle(FindCurrentBookingQuery query) {
        return current(query.businessId(), query.bookingId());
    }

    @Override
    public void requireVisibleTo(Caller caller, UUID id) {
        read(caller.businessId(), new BookingId(id), booking -> Boolean.TRUE);
    }

    BookingView current(BusinessId businessId, BookingId bookingId) {
        return read(businessId, bookingId, Booking::view);
    }

    private <R> R read(BusinessId businessId, BookingId bookingId, Function<Booking, R> reading) {
        var result = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> bookings.load(bookingId.toString()).invoke(booking -> {
                    booking.admit(businessId, null);
                    return reading.apply(booking);
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
