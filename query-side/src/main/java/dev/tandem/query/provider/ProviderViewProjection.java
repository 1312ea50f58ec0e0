package dev.tandem.query.provider;

import static dev.tandem.query.provider.ProviderViewTable.ACTIVE;
import static dev.tandem.query.provider.ProviderViewTable.BIO;
import static dev.tandem.query.provider.ProviderViewTable.BUSINESS_ID;
import static dev.tandem.query.provider.ProviderViewTable.CREATED_AT;
import static dev.tandem.query.provider.ProviderViewTable.EMAIL;
import static dev.tandem.query.provider.ProviderViewTable.HOME_LAT;
import static dev.tandem.query.provider.ProviderViewTable.HOME_LNG;
import static dev.tandem.query.provider.ProviderViewTable.NAME;
import static dev.tandem.query.provider.ProviderViewTable.PHONE;
import static dev.tandem.query.provider.ProviderViewTable.PROVIDER_VIEW;
import static dev.tandem.query.provider.ProviderViewTable.SERVICE_RADIUS_KM;
import static dev.tandem.query.provider.ProviderViewTable.SKILLS;
import static dev.tandem.query.provider.ProviderViewTable.STATUS;
import static dev.tandem.query.provider.ProviderViewTable.UPDATED_AT;
import static dev.tandem.query.provider.ProviderViewTable.VERSION;

import dev.tandem.api.Page;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.FindProviderQuery;
import dev.tandem.api.provider.FindProvidersQuery;
import dev.tandem.api.provider.PayRateSet;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.ProviderStatusChosen;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.platform.database.DeferredWrites.Columns;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.replay.ReadModelTables;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code provider_view}, written in plain SQL when the handling transaction commits, and answers {@link FindProviderQuery} and {@link FindProvidersQuery}. */
@Component
@ProcessingGroup(ProviderViewProjection.PROCESSING_GROUP)
class ProviderViewProjection {

    static final String PROCESSING_GROUP = "provider-view";

    private final ProviderEntries entries;
    private final DeferredWrites writes;
    private final NamedParameterJdbcTemplate jdbc;

    private final ReadModelTables tables;

    ProviderViewProjection(
            ProviderEntries entries, DeferredWrites writes, NamedParameterJdbcTemplate jdbc, ReadModelTables tables) {
        this.tables = tables;
        this.entries = entries;
        this.writes = writes;
        this.jdbc = jdbc;
    }

    /** A registered provider starts AVAILABLE and active, as the Provider aggregate does. */
    @EventHandler
    void on(ProviderRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        writes.insert(
                PROVIDER_VIEW,
                event.providerId().value(),
                row -> profile(
                        row.set(BUSINESS_ID, event.businessId().value())
                                .set(EMAIL, event.email())
                                .set(STATUS, "AVAILABLE")
                                .set(ACTIVE, true)
                                .set(CREATED_AT, at)
                                .set(VERSION, version)
                                .set(UPDATED_AT, at),
                        event.name(),
                        event.phone(),
                        event.bio(),
                        event.skills(),
                        event.home(),
                        event.serviceRadiusKm()));
    }

    @EventHandler
    void on(ProviderProfileUpdated event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.providerId(),
                version,
                at,
                row -> profile(
                        row,
                        event.name(),
                        event.phone(),
                        event.bio(),
                        event.skills(),
                        event.home(),
                        event.serviceRadiusKm()));
    }

    @EventHandler
    void on(ProviderStatusChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        change(
                event.providerId(),
                version,
                at,
                row -> row.set(STATUS, event.status().name()));
    }

    /**
     * Shows the rate that applies from now on: the one that takes effect last, as the aggregate does. Whether
     * it does depends on the rate shown, so the statement decides in the database rather than after a read.
     */
    @EventHandler
    void on(PayRateSet event, @SequenceNumber long version, @Timestamp Instant at) {
        PayRate rate = event.payRate();
        writes.write(
                PROVIDER_VIEW,
                event.providerId().value(),
                """
                update provider_view set pay_rate_type = ?, pay_rate_amount = ?, pay_rate_effective_from = ?
                 where provider_id = ? and (pay_rate_effective_from is null or pay_rate_effective_from <= ?)""",
                rate.type().name(),
                rate.amount(),
                rate.effectiveFrom(),
                event.providerId().value(),
                rate.effectiveFrom());
        change(event.providerId(), version, at, row -> {});
    }

    @EventHandler
    void on(ProviderDeactivated event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.providerId(), version, at, row -> row.set(ACTIVE, false));
    }

    @EventHandler
    void on(ProviderReactivated event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.providerId(), version, at, row -> row.set(ACTIVE, true));
    }

    @EventHandler
    void on(ProviderStatusChosen event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.providerId(), version, at, row -> {});
    }

    @EventHandler
    void on(WeeklyHoursSet event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.providerId(), version, at, row -> {});
    }

    @EventHandler
    void on(TimeOffAdded event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.providerId(), version, at, row -> {});
    }

    @EventHandler
    void on(TimeOffRemoved event, @SequenceNumber long version, @Timestamp Instant at) {
        change(event.providerId(), version, at, row -> {});
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate(PROVIDER_VIEW);
    }

    @QueryHandler
    ProviderView handle(FindProviderQuery query) {
        // By its key (a derived query took a quarter of the live push's time), and only of the asking business.
        return entries.findById(query.providerId().value())
                .filter(entry -> entry.businessId().equals(query.businessId().value()))
                .map(ProviderEntry::toView)
                .orElseThrow(() -> new NotFoundException("No such provider."));
    }

    /** Ordered by name, then id; filters combine. */
    @QueryHandler
    Page<ProviderView> handle(FindProvidersQuery query) {
        int limit = Keyset.limit(query.limit());
        Keyset after = Keyset.fromCursor(query.cursor());
        var sql = new StringBuilder(
                "select provider_id, lower(name) as sort_key from provider_view where business_id = :businessId");
        var parameters =
                new MapSqlParameterSource("businessId", query.businessId().value());
        if (query.status() != null) {
            sql.append(" and status = :status");
            parameters.addValue("status", query.status().name());
        }
        if (query.skill() != null && !query.skill().isBlank()) {
            sql.append(" and :skill = any(skills)");
            parameters.addValue("skill", query.skill().strip().toLowerCase(Locale.ROOT));
        }
        String pattern = Keyset.containsPattern(query.q());
        if (pattern != null) {
            sql.append(" and (lower(name) like :pattern escape '\\' or lower(email) like :pattern escape '\\')");
            parameters.addValue("pattern", pattern);
        }
        if (after != null) {
            sql.append(" and (lower(name), provider_id) > (:afterKey, :afterId)");
            parameters.addValue("afterKey", after.key()).addValue("afterId", after.id());
        }
        sql.append(" order by lower(name), provider_id limit :limit");
        parameters.addValue("limit", limit + 1);
        List<Keyset> rows = jdbc.query(
                sql.toString(),
                parameters,
                (row, number) -> new Keyset(row.getString("sort_key"), row.getObject("provider_id", UUID.class)));
        return page(rows, limit);
    }

    /** One more row than asked for is read, to know whether a next page exists. */
    private Page<ProviderView> page(List<Keyset> rows, int limit) {
        List<Keyset> shown = rows.subList(0, Math.min(limit, rows.size()));
        var byId = new HashMap<UUID, ProviderEntry>();
        entries.findAllById(shown.stream().map(Keyset::id).toList())
                .forEach(entry -> byId.put(entry.providerId(), entry));
        List<ProviderView> items =
                shown.stream().map(row -> byId.get(row.id()).toView()).toList();
        String next = rows.size() > limit ? shown.getLast().toCursor() : null;
        return new Page<>(items, next);
    }

    private static Columns profile(
            Columns row, String name, String phone, String bio, List<String> skills, GeoPoint home, Integer radiusKm) {
        return row.set(NAME, name)
                .set(PHONE, phone)
                .set(BIO, bio)
                .set(SKILLS, skills.toArray(String[]::new))
                .set(HOME_LAT, home == null ? null : home.lat())
                .set(HOME_LNG, home == null ? null : home.lng())
                .set(SERVICE_RADIUS_KM, radiusKm);
    }

    /**
     * Every event of the provider moves its version, whether or not this view shows what it changed. Nothing
     * is read first: a provider's changes in one transaction go out as one statement ({@link DeferredWrites}).
     */
    private void change(ProviderId providerId, long version, Instant at, Consumer<Columns> change) {
        writes.update(
                PROVIDER_VIEW,
                providerId.value(),
                row -> change.accept(row.set(VERSION, version).set(UPDATED_AT, at)));
    }
}
