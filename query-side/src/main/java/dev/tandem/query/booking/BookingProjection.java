package dev.tandem.query.booking;

import static dev.tandem.query.booking.BookingViewTable.ARRIVAL_FROM;
import static dev.tandem.query.booking.BookingViewTable.ARRIVAL_TO;
import static dev.tandem.query.booking.BookingViewTable.BOOKING_VIEW;
import static dev.tandem.query.booking.BookingViewTable.BUSINESS_ID;
import static dev.tandem.query.booking.BookingViewTable.CANCELLED_AT;
import static dev.tandem.query.booking.BookingViewTable.COMPLETED_AT;
import static dev.tandem.query.booking.BookingViewTable.CREATED_AT;
import static dev.tandem.query.booking.BookingViewTable.CURRENCY;
import static dev.tandem.query.booking.BookingViewTable.CUSTOMER_ADDRESS;
import static dev.tandem.query.booking.BookingViewTable.CUSTOMER_EMAIL;
import static dev.tandem.query.booking.BookingViewTable.CUSTOMER_ID;
import static dev.tandem.query.booking.BookingViewTable.CUSTOMER_LAT;
import static dev.tandem.query.booking.BookingViewTable.CUSTOMER_LNG;
import static dev.tandem.query.booking.BookingViewTable.CUSTOMER_NAME;
import static dev.tandem.query.booking.BookingViewTable.CUSTOMER_PHONE;
import static dev.tandem.query.booking.BookingViewTable.DURATION_MINUTES;
import static dev.tandem.query.booking.BookingViewTable.NOTES;
import static dev.tandem.query.booking.BookingViewTable.OFFER_EXPIRES_AT;
import static dev.tandem.query.booking.BookingViewTable.PRICE_CENTS;
import static dev.tandem.query.booking.BookingViewTable.PROVIDER_ID;
import static dev.tandem.query.booking.BookingViewTable.RATING_COMMENT;
import static dev.tandem.query.booking.BookingViewTable.RATING_STARS;
import static dev.tandem.query.booking.BookingViewTable.SCHEDULED_END;
import static dev.tandem.query.booking.BookingViewTable.SCHEDULED_START;
import static dev.tandem.query.booking.BookingViewTable.SERVICE;
import static dev.tandem.query.booking.BookingViewTable.STARTED_AT;
import static dev.tandem.query.booking.BookingViewTable.STATUS;
import static dev.tandem.query.booking.BookingViewTable.UPDATED_AT;
import static dev.tandem.query.booking.BookingViewTable.VERSION;

import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.assignment.AssignmentOfferExpired;
import dev.tandem.api.assignment.AssignmentProposed;
import dev.tandem.api.booking.ArrivalWindow;
import dev.tandem.api.booking.ArrivalWindowChanged;
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
import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.booking.FindBookingQuery;
import dev.tandem.api.booking.FindBookingsQuery;
import dev.tandem.api.booking.FindCustomerBookingsQuery;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.booking.WorkedTimeCorrected;
import dev.tandem.api.earnings.EarningsAdjusted;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BookingId;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.platform.database.DeferredWrites.Columns;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.replay.ReadModelTables;
import jakarta.persistence.criteria.Predicate;
import java.time.Duration;
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
 * Keeps {@code booking_view} from every event of the Booking aggregate (each one moves its version), written
 * in plain SQL when the handling transaction commits, and answers {@link FindBookingQuery} and {@link FindBookingsQuery} with the same view the writes answer.
 */
@Component
@ProcessingGroup(BookingProjection.PROCESSING_GROUP)
class BookingProjection {

    static final String PROCESSING_GROUP = "booking-view";

    private static final Sort LIST_ORDER = Sort.by("scheduledStart", "bookingId");
    private static final Sort LATEST_FIRST = LIST_ORDER.descending();

    private final BookingEntries entries;
    private final DeferredWrites writes;
    private final ReadModelTables tables;

    BookingProjection(BookingEntries entries, DeferredWrites writes, ReadModelTables tables) {
        this.entries = entries;
        this.writes = writes;
        this.tables = tables;
    }

    @EventHandler
    void on(BookingCreated event, @SequenceNumber long version, @Timestamp Instant at) {
        CustomerSummary customer = event.customer();
        writes.insert(
                BOOKING_VIEW,
                event.bookingId().value(),
                row -> schedule(
                        row.set(BUSINESS_ID, event.businessId().value())
                                .set(STATUS, "PENDING")
                                .set(SERVICE, event.service())
                                .set(PRICE_CENTS, event.priceCents())
                                .set(CURRENCY, event.currency())
                                .set(CUSTOMER_ID, customer.id())
                                .set(CUSTOMER_NAME, customer.name())
                                .set(CUSTOMER_EMAIL, customer.email())
                                .set(CUSTOMER_PHONE, customer.phone())
                                .set(CUSTOMER_ADDRESS, customer.address())
                                .set(CUSTOMER_LAT, customer.lat())
                                .set(CUSTOMER_LNG, customer.lng())
                                .set(NOTES, event.notes())
                                .set(ARRIVAL_FROM, ArrivalWindow.startOf(event.arrivalWindow()))
                                .set(ARRIVAL_TO, ArrivalWindow.endOf(event.arrivalWindow()))
                                .set(CREATED_AT, at)
                                .set(VERSION, version)
                                .set(UPDATED_AT, at),
                        event.scheduledStart(),
                        event.durationMinutes()));
    }

    @EventHandler
    void on(BookingAssigned event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                row -> row.set(PROVIDER_ID, event.providerId().value())
                        .set(OFFER_EXPIRES_AT, null)
                        .set(STATUS, "PENDING"));
    }

    @EventHandler
    void on(BookingUnassigned event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                row -> row.set(PROVIDER_ID, null).set(OFFER_EXPIRES_AT, null).set(STATUS, "PENDING"));
    }

    /** The assignment saga's offer to the booking's provider holds until then. */
    @EventHandler
    void on(AssignmentProposed event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, row -> row.set(OFFER_EXPIRES_AT, event.offerExpiresAt()));
    }

    @EventHandler
    void on(AssignmentOfferExpired event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, row -> {});
    }

    @EventHandler
    void on(AssignmentFailed event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, row -> {});
    }

    @EventHandler
    void on(BookingConfirmed event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                row -> row.set(STATUS, "CONFIRMED").set(OFFER_EXPIRES_AT, null));
    }

    @EventHandler
    void on(BookingStarted event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                row -> row.set(STATUS, "IN_PROGRESS").set(STARTED_AT, event.startedAt()));
    }

    @EventHandler
    void on(BookingCompleted event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                row -> row.set(STATUS, "COMPLETED").set(COMPLETED_AT, event.completedAt()));
    }

    @EventHandler
    void on(BookingCancelled event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                row -> row.set(STATUS, "CANCELLED").set(CANCELLED_AT, event.cancelledAt()));
    }

    @EventHandler
    void on(BookingDeclined event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, row -> {});
    }

    @EventHandler
    void on(BookingRescheduled event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, row -> schedule(row, event.scheduledStart(), event.durationMinutes()));
    }

    @EventHandler
    void on(BookingRepriced event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, row -> row.set(PRICE_CENTS, event.priceCents()));
    }

    @EventHandler
    void on(ArrivalWindowChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                row -> row.set(ARRIVAL_FROM, ArrivalWindow.startOf(event.arrivalWindow()))
                        .set(ARRIVAL_TO, ArrivalWindow.endOf(event.arrivalWindow())));
    }

    @EventHandler
    void on(BookingNotesChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, row -> row.set(NOTES, event.notes()));
    }

    @EventHandler
    void on(BookingRated event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                row -> row.set(RATING_STARS, event.stars()).set(RATING_COMMENT, event.comment()));
    }

    @EventHandler
    void on(TipAdded event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, row -> {});
    }

    /** Applied by the Booking aggregate, so it is one of the booking's versions too. */
    @EventHandler
    void on(EarningsRecorded event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, row -> {});
    }

    @EventHandler
    void on(WorkedTimeCorrected event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.bookingId(),
                version,
                at,
                row -> row.set(STARTED_AT, event.startedAt()).set(COMPLETED_AT, event.completedAt()));
    }

    @EventHandler
    void on(EarningsAdjusted event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.bookingId(), version, at, row -> {});
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate(BOOKING_VIEW);
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
                rows -> rows.sortBy(query.latestFirst() ? LATEST_FIRST : LIST_ORDER)
                        .limit(query.limit() + 1)
                        .all());
        if (found.size() <= query.limit()) {
            return new BookingPage(found.stream().map(BookingEntry::toView).toList(), null);
        }
        List<BookingEntry> page = found.subList(0, query.limit());
        return new BookingPage(
                page.stream().map(BookingEntry::toView).toList(),
                Keyset.at(page.getLast().scheduledStart(), page.getLast().bookingId())
                        .toCursor());
    }

    @QueryHandler
    BookingPage handle(FindCustomerBookingsQuery query) {
        Specification<BookingEntry> ofTheCustomer = (root, criteria, where) -> where.and(
                where.equal(root.get("businessId"), query.businessId().value()),
                where.equal(root.get("customerId"), query.customerId().toString()));
        List<BookingEntry> found = entries.findBy(
                ofTheCustomer,
                rows -> rows.sortBy(LATEST_FIRST).limit(query.limit()).all());
        return new BookingPage(found.stream().map(BookingEntry::toView).toList(), null);
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
            if (after != null && !query.latestFirst()) {
                conditions.add(where.or(
                        where.greaterThan(root.get("scheduledStart"), after.instant()),
                        where.and(
                                where.equal(root.get("scheduledStart"), after.instant()),
                                where.greaterThan(root.get("bookingId"), after.id()))));
            }
            if (after != null && query.latestFirst()) {
                conditions.add(where.or(
                        where.lessThan(root.get("scheduledStart"), after.instant()),
                        where.and(
                                where.equal(root.get("scheduledStart"), after.instant()),
                                where.lessThan(root.get("bookingId"), after.id()))));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static Columns schedule(Columns row, Instant start, int minutes) {
        return row.set(SCHEDULED_START, start)
                .set(DURATION_MINUTES, minutes)
                .set(SCHEDULED_END, start.plus(Duration.ofMinutes(minutes)));
    }

    /**
     * Every event of the booking moves its version and its last change. Nothing is read first: the writes of a
     * booking's events in one transaction go out as one statement ({@link DeferredWrites}).
     */
    private void change(BookingId bookingId, long version, Instant at, Consumer<Columns> change) {
        writes.update(
                BOOKING_VIEW,
                bookingId.value(),
                row -> change.accept(row.set(VERSION, version).set(UPDATED_AT, at)));
    }
}
