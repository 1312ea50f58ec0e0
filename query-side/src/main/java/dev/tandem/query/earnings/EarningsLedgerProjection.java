package dev.tandem.query.earnings;

import dev.tandem.api.booking.TipAdded;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.api.earnings.EarningsReport;
import dev.tandem.api.earnings.EarningsTotals;
import dev.tandem.api.earnings.FindEarningsQuery;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.query.replay.ReadModelTables;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code earnings_ledger}: a row per completed booking from its one EarningsRecorded, with the
 * booking's tips added to the provider's side, written in plain SQL when the handling transaction commits.
 */
@Component
@ProcessingGroup(EarningsLedgerProjection.PROCESSING_GROUP)
class EarningsLedgerProjection {

    static final String PROCESSING_GROUP = "earnings-ledger";

    private static final Sort LEDGER_ORDER = Sort.by("recordedAt", "bookingId");

    private static final String TABLE = "earnings_ledger";
    private static final String KEY = "booking_id";

    private final EarningsEntries entries;
    private final DeferredWrites writes;

    private final ReadModelTables tables;

    EarningsLedgerProjection(EarningsEntries entries, DeferredWrites writes, ReadModelTables tables) {
        this.tables = tables;
        this.entries = entries;
        this.writes = writes;
    }

    /** Keyed by the booking: a booking's earnings are recorded once, and a second record would change nothing. */
    @EventHandler
    void on(EarningsRecorded event) {
        writes.insert(
                TABLE,
                KEY,
                event.bookingId().value(),
                row -> row.set("business_id", event.businessId().value())
                        .set("provider_id", event.providerId().value())
                        .set(
                                "pay_rate_type",
                                event.payRateType() == null
                                        ? null
                                        : event.payRateType().name())
                        .set("pay_rate_amount", event.payRateAmount())
                        .set("gross_cents", event.grossCents())
                        .set("provider_earnings_cents", event.providerEarningsCents())
                        .set("business_commission_cents", event.businessCommissionCents())
                        .set("tip_cents", 0L)
                        .set("currency", event.currency())
                        .set("recorded_at", event.recordedAt()));
    }

    /** A booking is tipped only once completed, so its row is already there. */
    @EventHandler
    void on(TipAdded event) {
        writes.update(TABLE, KEY, event.bookingId().value(), row -> row.add("tip_cents", event.amountCents()));
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate(TABLE);
    }

    @QueryHandler
    EarningsReport handle(FindEarningsQuery query) {
        List<EarningsEntry> found = entries.findAll(matching(query), LEDGER_ORDER);
        return new EarningsReport(found.stream().map(EarningsEntry::toView).toList(), totalsOf(found));
    }

    private static EarningsTotals totalsOf(List<EarningsEntry> entries) {
        return new EarningsTotals(
                entries.stream().mapToLong(EarningsEntry::grossCents).sum(),
                entries.stream().mapToLong(EarningsEntry::providerEarningsCents).sum(),
                entries.stream()
                        .mapToLong(EarningsEntry::businessCommissionCents)
                        .sum(),
                entries.stream().mapToLong(EarningsEntry::tipCents).sum());
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
                conditions.add(where.greaterThanOrEqualTo(root.get("recordedAt"), query.from()));
            }
            if (query.to() != null) {
                conditions.add(where.lessThan(root.get("recordedAt"), query.to()));
            }
            return where.and(conditions.toArray(Predicate[]::new));
        };
    }
}
