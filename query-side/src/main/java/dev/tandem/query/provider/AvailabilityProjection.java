package dev.tandem.query.provider;

import static dev.tandem.query.provider.ProviderAvailabilityTable.BUSINESS_ID;
import static dev.tandem.query.provider.ProviderAvailabilityTable.PROVIDER_AVAILABILITY;
import static dev.tandem.query.provider.ProviderAvailabilityTable.STATUS;
import static dev.tandem.query.provider.ProviderAvailabilityTable.TIME_OFF;
import static dev.tandem.query.provider.ProviderAvailabilityTable.WEEKLY_HOURS;

import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.FindAvailabilityQuery;
import dev.tandem.api.provider.FindProvidersWithoutHoursQuery;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.TimeOffView;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.api.provider.WeeklyHoursView;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.query.replay.ReadModelTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code provider_availability}, the provider's own status, hours and time off, written in plain SQL when
 * the handling transaction commits; answers a provider's availability and which providers have no hours yet.
 */
@Component
@ProcessingGroup(AvailabilityProjection.PROCESSING_GROUP)
class AvailabilityProjection {

    static final String PROCESSING_GROUP = "provider-availability";

    private final AvailabilityEntries entries;
    private final DeferredWrites writes;
    private final JdbcClient jdbc;

    private final ReadModelTables tables;

    AvailabilityProjection(
            AvailabilityEntries entries, DeferredWrites writes, JdbcClient jdbc, ReadModelTables tables) {
        this.tables = tables;
        this.entries = entries;
        this.writes = writes;
        this.jdbc = jdbc;
    }

    /** A registered provider starts AVAILABLE with no hours and no time off. */
    @EventHandler
    void on(ProviderRegistered event) {
        writes.insert(
                PROVIDER_AVAILABILITY,
                event.providerId().value(),
                row -> row.set(BUSINESS_ID, event.businessId().value())
                        .set(STATUS, "AVAILABLE")
                        .set(WEEKLY_HOURS, AvailabilityJson.NONE)
                        .set(TIME_OFF, AvailabilityJson.NONE));
    }

    @EventHandler
    void on(ProviderStatusChanged event) {
        writes.update(
                PROVIDER_AVAILABILITY,
                event.providerId().value(),
                row -> row.set(STATUS, event.status().name()));
    }

    @EventHandler
    void on(WeeklyHoursSet event) {
        List<WeeklyHoursView> hours = event.weeklyHours().stream()
                .map(window -> new WeeklyHoursView(
                        window.dayOfWeek().name(),
                        window.start().toString(),
                        window.end().toString()))
                .toList();
        writes.update(
                PROVIDER_AVAILABILITY,
                event.providerId().value(),
                row -> row.set(WEEKLY_HOURS, AvailabilityJson.text(hours)));
    }

    /** Periods stay in the order they start; adding one with the id of another replaces it. */
    @EventHandler
    void on(TimeOffAdded event) {
        var period = event.timeOff();
        var added = new TimeOffView(period.id().toString(), period.start(), period.end(), period.reason());
        changeTimeOff(event.providerId(), periods -> {
            periods.removeIf(existing -> existing.id().equals(added.id()));
            periods.add(added);
            periods.sort(Comparator.comparing(TimeOffView::start));
        });
    }

    @EventHandler
    void on(TimeOffRemoved event) {
        String removed = event.timeOffId().toString();
        changeTimeOff(
                event.providerId(),
                periods -> periods.removeIf(existing -> existing.id().equals(removed)));
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate(PROVIDER_AVAILABILITY);
    }

    @QueryHandler
    AvailabilityView handle(FindAvailabilityQuery query) {
        // By its key (a derived query took a quarter of the live push's time), and only of the asking business.
        return entries.findById(query.providerId().value())
                .filter(entry -> entry.businessId().equals(query.businessId().value()))
                .map(AvailabilityEntry::toView)
                .orElseThrow(() -> new NotFoundException("No such provider."));
    }

    @QueryHandler
    FindProvidersWithoutHoursQuery.Answer handle(FindProvidersWithoutHoursQuery query) {
        return new FindProvidersWithoutHoursQuery.Answer(jdbc.sql(
                        "select provider_id::text from provider_availability where business_id = ? and weekly_hours = ?")
                .params(query.businessId().value(), AvailabilityJson.NONE)
                .query(String.class)
                .list());
    }

    /**
     * The one change here that depends on what the row holds: the time off as this transaction leaves it is
     * read, changed and written back.
     */
    private void changeTimeOff(ProviderId providerId, Consumer<List<TimeOffView>> change) {
        String stored = writes.read(
                PROVIDER_AVAILABILITY,
                providerId.value(),
                TIME_OFF,
                () -> jdbc.sql("select time_off from provider_availability where provider_id = ?")
                        .param(providerId.value())
                        .query(String.class)
                        .optional()
                        .orElse(null));
        if (stored != null) {
            var periods = new ArrayList<>(AvailabilityJson.timeOff(stored));
            change.accept(periods);
            writes.update(
                    PROVIDER_AVAILABILITY,
                    providerId.value(),
                    row -> row.set(TIME_OFF, AvailabilityJson.text(periods)));
        }
    }
}
