package dev.tandem.query.provider;

import dev.tandem.api.Page;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.FindProviderQuery;
import dev.tandem.api.provider.FindProvidersQuery;
import dev.tandem.api.provider.PayRateSet;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.ProviderStatusChosen;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.kernel.ProviderId;
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

/** Keeps {@code provider_view} and answers {@link FindProviderQuery} and {@link FindProvidersQuery}. */
@Component
@ProcessingGroup(ProviderViewProjection.PROCESSING_GROUP)
class ProviderViewProjection {

    static final String PROCESSING_GROUP = "provider-view";

    private final ProviderEntries entries;
    private final NamedParameterJdbcTemplate jdbc;

    private final ReadModelTables tables;

    ProviderViewProjection(ProviderEntries entries, NamedParameterJdbcTemplate jdbc, ReadModelTables tables) {
        this.tables = tables;
        this.entries = entries;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProviderRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        var entry =
                new ProviderEntry(event.providerId().value(), event.businessId().value(), event.email(), at);
        entry.profile(event.name(), event.phone(), event.bio(), event.skills(), event.home(), event.serviceRadiusKm());
        entry.touch(version, at);
        entries.save(entry);
    }

    @EventHandler
    void on(ProviderProfileUpdated event, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                event.providerId(),
                version,
                at,
                entry -> entry.profile(
                        event.name(),
                        event.phone(),
                        event.bio(),
                        event.skills(),
                        event.home(),
                        event.serviceRadiusKm()));
    }

    @EventHandler
    void on(ProviderStatusChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        update(
                event.providerId(),
                version,
                at,
                entry -> entry.status(event.status().name()));
    }

    @EventHandler
    void on(PayRateSet event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.providerId(), version, at, entry -> entry.payRate(event.payRate()));
    }

    @EventHandler
    void on(ProviderDeactivated event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.providerId(), version, at, ProviderEntry::deactivate);
    }

    @EventHandler
    void on(ProviderStatusChosen event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.providerId(), version, at, entry -> {});
    }

    @EventHandler
    void on(WeeklyHoursSet event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.providerId(), version, at, entry -> {});
    }

    @EventHandler
    void on(TimeOffAdded event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.providerId(), version, at, entry -> {});
    }

    @EventHandler
    void on(TimeOffRemoved event, @SequenceNumber long version, @Timestamp Instant at) {
        update(event.providerId(), version, at, entry -> {});
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate("provider_view");
    }

    @QueryHandler
    ProviderView handle(FindProviderQuery query) {
        return entries.findByProviderIdAndBusinessId(
                        query.providerId().value(), query.businessId().value())
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

    private void update(ProviderId providerId, long version, Instant at, Consumer<ProviderEntry> change) {
        entries.findById(providerId.value()).ifPresent(entry -> {
            change.accept(entry);
            entry.touch(version, at);
            entries.save(entry);
        });
    }
}
