package dev.tandem.query.booking;

import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.assignment.AssignmentOfferExpired;
import dev.tandem.api.assignment.AssignmentProposed;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingNotesChanged;
import dev.tandem.api.booking.BookingRated;
import dev.tandem.api.booking.BookingRepriced;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.FindBookingQuery;
import dev.tandem.api.booking.FindBookingsQuery;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BookingId;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.replay.ReadModelTables;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code booking_view} from every event of the Booking aggregate (each one moves its version), and
 * answers {@link FindBookingQuery} and {@link FindBookingsQuery} with the same view the writes answer.
 */
@Component
@ProcessingGroup(BookingProjection.PROCESSING_GROUP)
class BookingProjection {

    static final String PROCESSING_GROUP = "booking-view";

    private static final Sort LIST_ORDER = Sort.by("scheduledStart", "bookingId");

    private final BookingEntries entries;

    private final ReadModelTables tables;

    BookingProjection(BookingEntries entries, ReadModelTables tables) {
        this.tables = tables;
        this.entries = entries;
    }

    @EventHandler
    void on(BookingCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        entries.save(new BookingEntry(event, version, at));
    }

    @EventHandler
    void on(BookingAssigned event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                entry -> entry.assign(event.providerId().value()));
    }

    @EventHandler
    void on(BookingUnassigned event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> entry.assign(null));
    }

    @EventHandler
    void on(AssignmentProposed event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> entry.offerUntil(event.offerExpiresAt()));
    }

    @EventHandler
    void on(AssignmentOfferExpired event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> {});
    }

    @EventHandler
    void on(AssignmentFailed event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> {});
    }

    @EventHandler
    void on(BookingConfirmed event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> entry.moveTo("CONFIRMED"));
    }

    @EventHandler
    void on(BookingStarted event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> entry.start(event.startedAt()));
    }

    @EventHandler
    void on(BookingCompleted event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> entry.complete(event.completedAt()));
    }

    @EventHandler
    void on(BookingCancelled event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> entry.cancel(event.cancelledAt()));
    }

    @EventHandler
    void on(BookingDeclined event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> {});
    }

    @EventHandler
    void on(BookingRescheduled event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                entry -> entry.schedule(event.scheduledStart(), event.durationMinutes()));
    }

    @EventHandler
    void on(BookingRepriced event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> entry.reprice(event.priceCents()));
    }

    @EventHandler
    void on(BookingNotesChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> entry.changeNotes(event.notes()));
    }

    @EventHandler
    void on(BookingRated event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> entry.rate(event.stars(), event.comment()));
    }

    @EventHandler
    void on(TipAdded event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> {});
    }

    /** Applied by the Booking aggregate, so it is one of the booking's versions too. */
    @EventHandler
    void on(EarningsRecorded event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, entry -> {});
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate("booking_view");
    }

    @QueryHandler
    BookingView handle(FindBookingQuery query) {
        return entries.findById(query.bookingId().value())
                .filter(entry -> query.onlyForProvider() == null
                        || Objects.equals(
                                entry.providerId(), query.onlyForProvider().value()))
                .map(BookingEntry::toView)
                .orElseThrow(() -> new NotFoundException("No such booking."));
    }

    @QueryHandler
    BookingPage handle(FindBookingsQuery query) {
        List<BookingEntry> found = entries.findBy(
                matching(query),
                rows -> rows.sortBy(LIST_ORDER).limit(query.limit() + 1).all());
        if (found.size() <= query.limit()) {
            return new BookingPage(found.stream().map(BookingEntry::toView).toList(), null);
        }
        List<BookingEntry> page = found.subList(0, query.limit());
        return new BookingPage(
                page.stream().map(BookingEntry::toView).toList(),
                Keyset.at(page.getLast().scheduledStart(), page.getLast().bookingId())
                        .toCursor());
    }

    /** Row-level security already limits rows to the business; the filter says so again for the reader. */
    private static Specification<BookingEntry> matching(FindBookingsQuery query) {
        return (root, criteria, where) -> {
            var conditions = new ArrayList<Predicate>();
            conditions.add(
                    where.equal(root.get("businessId"), query.businessId().value()));
            if (query.status() != null) {
                conditions.add(where.equal(root.get("status"), query.status().name()));
            }
            if (query.providerId() != null) {
                conditions.add(
                        where.equal(root.get("providerId"), query.providerId().value()));
            }
            if (query.from() != null) {
                conditions.add(where.greaterThanOrEqualTo(root.get("scheduledStart"), query.from()));
            }
            if (query.to() != null) {
                conditions.add(where.lessThan(root.get("scheduledStart"), query.to()));
            }
            Keyset after = Keyset.fromCursor(query.cursor());
            if (after != null) {
                conditions.add(where.or(
                        where.greaterThan(root.get("scheduledStart"), after.instant()),
                        where.and(
                                where.equal(root.get("scheduledStart"), after.instant()),
                                where.greaterThan(root.get("bookingId"), after.id()))));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
    }

    /**
     * The row is read in the handling transaction, so JPA writes its change when that commits; saving it again
     * would only merge it into itself, which cost a rebuild a tenth of its time.
     */
    private void change(BookingId bookingId, long version, Instant at, Consumer<BookingEntry> change) {
        entries.findById(bookingId.value()).ifPresent(entry -> {
            change.accept(entry);
            entry.touch(version, at);
        });
    }
}
