package dev.tandem.query.customer;

import static dev.tandem.query.customer.CustomerViewTable.ADDRESS;
import static dev.tandem.query.customer.CustomerViewTable.BUSINESS_ID;
import static dev.tandem.query.customer.CustomerViewTable.CREATED_AT;
import static dev.tandem.query.customer.CustomerViewTable.CUSTOMER_VIEW;
import static dev.tandem.query.customer.CustomerViewTable.EMAIL;
import static dev.tandem.query.customer.CustomerViewTable.LAT;
import static dev.tandem.query.customer.CustomerViewTable.LNG;
import static dev.tandem.query.customer.CustomerViewTable.NAME;
import static dev.tandem.query.customer.CustomerViewTable.PHONE;

import dev.tandem.api.Page;
import dev.tandem.api.customer.CustomerCreated;
import dev.tandem.api.customer.CustomerUpdated;
import dev.tandem.api.customer.CustomerView;
import dev.tandem.api.customer.FindCustomerQuery;
import dev.tandem.api.customer.FindCustomersQuery;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.replay.ReadModelTables;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code customer_view}, written in plain SQL when the handling transaction commits, and answers {@link FindCustomersQuery} and {@link FindCustomerQuery}. */
@Component
@ProcessingGroup(CustomerViewProjection.PROCESSING_GROUP)
class CustomerViewProjection {

    static final String PROCESSING_GROUP = "customer-view";

    /** Until the booking views provide {@link CustomerBookingCounts}, every customer shows 0 bookings. */
    private static final CustomerBookingCounts NO_BOOKING_COUNTS_YET = (businessId, customers) -> Map.of();

    private final CustomerEntries entries;
    private final DeferredWrites writes;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<CustomerBookingCounts> bookingCounts;

    private final ReadModelTables tables;

    CustomerViewProjection(
            CustomerEntries entries,
            DeferredWrites writes,
            NamedParameterJdbcTemplate jdbc,
            ObjectProvider<CustomerBookingCounts> bookingCounts,
            ReadModelTables tables) {
        this.tables = tables;
        this.entries = entries;
        this.writes = writes;
        this.jdbc = jdbc;
        this.bookingCounts = bookingCounts;
    }

    @EventHandler
    void on(CustomerCreated event, @Timestamp Instant at) {
        writes.insert(
                CUSTOMER_VIEW,
                event.customerId().value(),
                row -> row.set(BUSINESS_ID, event.businessId().value())
                        .set(NAME, event.name())
                        .set(EMAIL, event.email())
                        .set(PHONE, event.phone())
                        .set(ADDRESS, event.address())
                        .set(LAT, event.location().lat())
                        .set(LNG, event.location().lng())
                        .set(CREATED_AT, at));
    }

    @EventHandler
    void on(CustomerUpdated event) {
        writes.update(
                CUSTOMER_VIEW,
                event.customerId().value(),
                row -> row.set(NAME, event.name())
                        .set(EMAIL, event.email())
                        .set(PHONE, event.phone())
                        .set(ADDRESS, event.address())
                        .set(LAT, event.location().lat())
                        .set(LNG, event.location().lng()));
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate(CUSTOMER_VIEW);
    }

    @QueryHandler
    CustomerView handle(FindCustomerQuery query) {
        var entry = entries.findByCustomerIdAndBusinessId(
                        query.customerId().value(), query.businessId().value())
                .orElseThrow(() -> new NotFoundException("No such customer."));
        return withBookings(query.businessId(), List.of(entry)).getFirst();
    }

    /** Ordered by name, then id; q matches name, email or phone anywhere, ignoring case. */
    @QueryHandler
    Page<CustomerView> handle(FindCustomersQuery query) {
        int limit = Keyset.limit(query.limit());
        Keyset after = Keyset.fromCursor(query.cursor());
        var sql = new StringBuilder(
                "select customer_id, lower(name) as sort_key from customer_view where business_id = :businessId");
        var parameters =
                new MapSqlParameterSource("businessId", query.businessId().value());
        String pattern = Keyset.containsPattern(query.q());
        if (pattern != null) {
            sql.append(" and (lower(name) like :pattern escape '\\' or lower(email) like :pattern escape '\\'"
                    + " or lower(phone) like :pattern escape '\\')");
            parameters.addValue("pattern", pattern);
        }
        if (after != null) {
            sql.append(" and (lower(name), customer_id) > (:afterKey, :afterId)");
            parameters.addValue("afterKey", after.key()).addValue("afterId", after.id());
        }
        sql.append(" order by lower(name), customer_id limit :limit");
        parameters.addValue("limit", limit + 1);
        List<Keyset> rows = jdbc.query(
                sql.toString(),
                parameters,
                (row, number) -> new Keyset(row.getString("sort_key"), row.getObject("customer_id", UUID.class)));
        List<Keyset> shown = rows.subList(0, Math.min(limit, rows.size()));
        var byId = new HashMap<UUID, CustomerEntry>();
        entries.findAllById(shown.stream().map(Keyset::id).toList())
                .forEach(entry -> byId.put(entry.customerId(), entry));
        List<CustomerView> items = withBookings(
                query.businessId(),
                shown.stream().map(row -> byId.get(row.id())).toList());
        return new Page<>(items, rows.size() > limit ? shown.getLast().toCursor() : null);
    }

    private List<CustomerView> withBookings(BusinessId businessId, List<CustomerEntry> customers) {
        Map<CustomerId, Long> counts = bookingCounts
                .getIfAvailable(() -> NO_BOOKING_COUNTS_YET)
                .bookingsOf(
                        businessId,
                        customers.stream()
                                .map(entry -> new CustomerId(entry.customerId()))
                                .toList());
        return customers.stream()
                .map(entry -> entry.toView(counts.getOrDefault(new CustomerId(entry.customerId()), 0L)))
                .toList();
    }
}
