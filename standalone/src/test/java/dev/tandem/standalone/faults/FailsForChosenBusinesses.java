package dev.tandem.standalone.faults;

import dev.tandem.api.booking.BookingCreated;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;

/**
 * A projection of the tests' own, in the application like any other, that throws on the bookings of the
 * businesses a test chooses (as a bug or a bad value would) and remembers every booking it handled.
 */
@Component
@ProcessingGroup(FailsForChosenBusinesses.PROCESSING_GROUP)
class FailsForChosenBusinesses {

    static final String PROCESSING_GROUP = "test-fails-for-chosen-businesses";

    final Set<BusinessId> failing = ConcurrentHashMap.newKeySet();
    /** Businesses whose bookings meet a database that keeps refusing: not the event's fault, so never parked. */
    final Set<BusinessId> stuck = ConcurrentHashMap.newKeySet();

    final Set<BookingId> handled = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(BookingCreated created) {
        if (stuck.contains(created.businessId())) {
            throw new TransientDataAccessResourceException("The database is not answering");
        }
        if (failing.contains(created.businessId())) {
            throw new IllegalStateException("A bug that only this business's bookings meet");
        }
        handled.add(created.bookingId());
    }
}
