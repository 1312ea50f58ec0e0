package dev.tandem.query.earnings;

import static dev.tandem.query.earnings.EarningsLedgerTable.BUSINESS_COMMISSION_CENTS;
import static dev.tandem.query.earnings.EarningsLedgerTable.BUSINESS_ID;
import static dev.tandem.query.earnings.EarningsLedgerTable.CURRENCY;
import static dev.tandem.query.earnings.EarningsLedgerTable.EARNINGS_JOB;
import static dev.tandem.query.earnings.EarningsLedgerTable.EARNINGS_LEDGER;
import static dev.tandem.query.earnings.EarningsLedgerTable.GROSS_CENTS;
import static dev.tandem.query.earnings.EarningsLedgerTable.JOB_START;
import static dev.tandem.query.earnings.EarningsLedgerTable.PAY_RATE_AMOUNT;
import static dev.tandem.query.earnings.EarningsLedgerTable.PAY_RATE_TYPE;
import static dev.tandem.query.earnings.EarningsLedgerTable.PROVIDER_EARNINGS_CENTS;
import static dev.tandem.query.earnings.EarningsLedgerTable.PROVIDER_ID;
import static dev.tandem.query.earnings.EarningsLedgerTable.RECORDED_AT;
import static dev.tandem.query.earnings.EarningsLedgerTable.SCHEDULED_START;
import static dev.tandem.query.earnings.EarningsLedgerTable.TIP_CENTS;

import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.earnings.EarningsAdjusted;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.earnings.EarningsReport;
import dev.tandem.api.earnings.FindBookingEarningQuery;
import dev.tandem.api.earnings.FindEarningsQuery;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.replay.ReadModelTables;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code earnings_ledger}: a row per completed booking from its one EarningsRecorded, with the
 * booking's tips added to the provider's side, written in plain SQL when the handling transaction commits.
 */
@Component
@ProcessingGroup(EarningsLedgerProjection.PROCESSING_GROUP)
class EarningsLedgerProjection {

    static final String PROCESSING_GROUP = "earnings-ledger";

    private final EarningsEntries entries;
    private final EarningsTotalsQuery totals;
    private final DeferredWrites writes;
    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    EarningsLedgerProjection(
            EarningsEntries entries,
            EarningsTotalsQuery totals,
            DeferredWrites writes,
            JdbcTemplate jdbc,
            ReadModelTables tables) {
        this.tables = tables;
        this.entries = entries;
        this.totals = totals;
        this.writes = writes;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BookingCreated event) {
        writes.insert(
                EARNINGS_JOB,
                event.bookingId().value(),
                row -> row.set(BUSINESS_ID, event.businessId().value()).set(SCHEDULED_START, event.scheduledStart()));
    }

    @EventHandler
    void on(BookingRescheduled event) {
        writes.update(EARNINGS_JOB, event.bookingId().value(), row -> row.set(SCHEDULED_START, event.scheduledStart()));
    }

    /** Keyed by the booking: a booking's earnings are recorded once, and a second record would change nothing. */
    @EventHandler
    void on(EarningsRecorded event) {
        Instant jobStart =
                writes.read(EARNINGS_JOB, event.bookingId().value(), SCHEDULED_START, () -> storedJobStart(event));
        writes.insert(
                EARNINGS_LEDGER,
                event.bookingId().value(),
                row -> row.set(BUSINESS_ID, event.businessId().value())
                        .set(PROVIDER_ID, event.providerId().value())
                        .set(
                                PAY_RATE_TYPE,
                                event.payRateType() == null
                                        ? null
                                        : event.payRateType().name())
                        .set(PAY_RATE_AMOUNT, event.payRateAmount())
                        .set(GROSS_CENTS, event.grossCents())
                        .set(PROVIDER_EARNINGS_CENTS, event.providerEarningsCents())
                        .set(BUSINESS_COMMISSION_CENTS, event.businessCommissionCents())
                        .set(TIP_CENTS, 0L)
                        .set(CURRENCY, event.currency())
                        .set(RECORDED_AT, event.recordedAt())
                        .set(JOB_START, jobStart));
    }

    /** The job's start as stored; a booking whose start the ledger never saw takes the recording's moment. */
    private Instant storedJobStart(EarningsRecorded event) {
        return jdbc
                .query(
                        "select scheduled_start from earnings_job where booking_id = ?",
                        (row, number) -> row.getObject("scheduled_start", java.time.OffsetDateTime.class)
                                .toInstant(),
                        event.bookingId().value())
                .stream()
                .findFirst()
                .orElse(event.recordedAt());
    }

    /** A booking is tipped only once completed, so its row is already there. */
    @EventHandler
    void on(TipAdded event) {
        writes.update(EARNINGS_LEDGER, event.bookingId().value(), row -> row.add(TIP_CENTS, event.amountCents()));
    }

    /** A corrected worked time re-records HOURLY pay: the row shows the figures as they now stand. */
    @EventHandler
    void on(EarningsAdjusted event) {
        writes.update(
                EARNINGS_LEDGER,
                event.bookingId().value(),
                row -> row.set(PROVIDER_EARNINGS_CENTS, event.providerEarningsCents())
                        .set(BUSINESS_COMMISSION_CENTS, event.businessCommissionCents()));
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate(EARNINGS_LEDGER, EARNINGS_JOB);
    }

    /** By its key, and only the asking business's. */
    @QueryHandler
    FindBookingEarningQuery.Answer handle(FindBookingEarningQuery query) {
        return new FindBookingEarningQuery.Answer(entries.findById(
                        query.bookingId().value())
                .filter(entry -> entry.businessId().equals(query.businessId().value()))
                .map(EarningsEntry::toView)
                .orElse(null));
    }

    /** One more row than asked for is read, to know whether a next page exists. */
    @QueryHandler
    EarningsReport handle(FindEarningsQuery query) {
        Keyset after = Keyset.fromCursor(query.cursor());
        Specification<EarningsEntry> page =
                after == null ? matching(query) : matching(query).and(after(after, query.dateAttribute()));
        List<EarningsEntry> rows = entries.findBy(
                page,
                fetch -> fetch.sortBy(orderOf(query)).limit(query.limit() + 1).all());
        List<EarningsEntry> shown = rows.subList(0, Math.min(query.limit(), rows.size()));
        EarningsEntry last = shown.isEmpty() ? null : shown.getLast();
        String next = rows.size() > query.limit()
                ? Keyset.at(query.byJobDate() ? last.jobStart() : last.recordedAt(), last.bookingId())
                        .toCursor()
                : null;
        return new EarningsReport(shown.stream().map(EarningsEntry::toView).toList(), totals.of(matching(query)), next);
    }

    private static Sort orderOf(FindEarningsQuery query) {
        return Sort.by(query.dateAttribute(), "bookingId");
    }

    /** Rows after the position, in the list's order (its date, then booking id). */
    private static Specification<EarningsEntry> after(Keyset position, String dateAttribute) {
        Instant date = position.instant(); // a cursor of another list is refused here, before any query
        UUID bookingId = position.id();
        return (root, criteria, where) -> where.or(
                where.greaterThan(root.get(dateAttribute), date),
                where.and(
                        where.equal(root.get(dateAttribute), date),
                        where.greaterThan(root.get("bookingId"), bookingId)));
    }

    private static Specification<EarningsEntry> matching(FindEarningsQuery query) {
        return (root, criteria, where) -> {
            var conditions = new ArrayList<Predicate>();
            conditions.add(
                    where.equal(root.get("businessId"), query.businessId().value()));
            if (query.providerId() != null) {
                conditions.add(
                        where.equal(root.get("providerId"), query.providerId().value()));
            }
            if (query.from() != null) {
                conditions.add(where.greaterThanOrEqualTo(root.get(query.dateAttribute()), query.from()));
            }
            if (query.to() != null) {
                conditions.add(where.lessThan(root.get(query.dateAttribute()), query.to()));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
    }
}
