package dev.tandem.query.catalogue;

import static dev.tandem.query.catalogue.ServiceViewTable.BUSINESS_ID;
import static dev.tandem.query.catalogue.ServiceViewTable.DEFAULT_DURATION_MINUTES;
import static dev.tandem.query.catalogue.ServiceViewTable.DEFAULT_PRICE_CENTS;
import static dev.tandem.query.catalogue.ServiceViewTable.NAME;
import static dev.tandem.query.catalogue.ServiceViewTable.SERVICE_VIEW;
import static dev.tandem.query.catalogue.ServiceViewTable.SKILL;

import dev.tandem.api.Page;
import dev.tandem.api.catalogue.FindServicesQuery;
import dev.tandem.api.catalogue.ServiceAdded;
import dev.tandem.api.catalogue.ServiceChanged;
import dev.tandem.api.catalogue.ServiceRemoved;
import dev.tandem.api.catalogue.ServiceView;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.query.replay.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code service_view}, written in plain SQL when the handling transaction commits, and answers {@link FindServicesQuery}. */
@Component
@ProcessingGroup(ServiceCatalogueProjection.PROCESSING_GROUP)
class ServiceCatalogueProjection {

    static final String PROCESSING_GROUP = "service-catalogue";

    private final DeferredWrites writes;
    private final JdbcTemplate jdbc;
    private final ReadModelTables tables;

    ServiceCatalogueProjection(DeferredWrites writes, JdbcTemplate jdbc, ReadModelTables tables) {
        this.writes = writes;
        this.jdbc = jdbc;
        this.tables = tables;
    }

    @EventHandler
    void on(ServiceAdded event) {
        writes.insert(
                SERVICE_VIEW,
                event.serviceId(),
                row -> row.set(BUSINESS_ID, event.businessId().value())
                        .set(NAME, event.name())
                        .set(DEFAULT_DURATION_MINUTES, event.defaultDurationMinutes())
                        .set(DEFAULT_PRICE_CENTS, event.defaultPriceCents())
                        .set(SKILL, event.skill()));
    }

    @EventHandler
    void on(ServiceChanged event) {
        writes.update(
                SERVICE_VIEW,
                event.serviceId(),
                row -> row.set(NAME, event.name())
                        .set(DEFAULT_DURATION_MINUTES, event.defaultDurationMinutes())
                        .set(DEFAULT_PRICE_CENTS, event.defaultPriceCents())
                        .set(SKILL, event.skill()));
    }

    @EventHandler
    void on(ServiceRemoved event) {
        writes.write(
                SERVICE_VIEW, event.serviceId(), "delete from service_view where service_id = ?", event.serviceId());
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate(SERVICE_VIEW);
    }

    /** The whole catalogue on one page, by name: a business holds at most a few hundred services. */
    @QueryHandler
    Page<ServiceView> handle(FindServicesQuery query) {
        var services = jdbc.query(
                "select service_id, name, default_duration_minutes, default_price_cents, skill from service_view"
                        + " where business_id = ? order by lower(name), service_id",
                (row, number) -> new ServiceView(
                        row.getString("service_id"),
                        row.getString("name"),
                        row.getInt("default_duration_minutes"),
                        row.getLong("default_price_cents"),
                        row.getString("skill")),
                query.businessId().value());
        return new Page<>(services, null);
    }
}
