package dev.tandem.query.business;

import static dev.tandem.query.business.BusinessViewTable.BUSINESS_VIEW;
import static dev.tandem.query.business.BusinessViewTable.CREATED_AT;
import static dev.tandem.query.business.BusinessViewTable.CURRENCY;
import static dev.tandem.query.business.BusinessViewTable.LOCALE;
import static dev.tandem.query.business.BusinessViewTable.NAME;
import static dev.tandem.query.business.BusinessViewTable.TIME_ZONE;
import static dev.tandem.query.business.BusinessViewTable.UPDATED_AT;
import static dev.tandem.query.business.BusinessViewTable.VERSION;

import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.business.BusinessView;
import dev.tandem.api.business.FindBusinessQuery;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.platform.database.DeferredWrites.Columns;
import dev.tandem.query.replay.ReadModelTables;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code business_view}, written in plain SQL when the handling transaction commits, and answers {@link FindBusinessQuery}. */
@Component
@ProcessingGroup(BusinessProjection.PROCESSING_GROUP)
class BusinessProjection {

    static final String PROCESSING_GROUP = "business-view";

    private final BusinessEntries entries;
    private final DeferredWrites writes;
    private final ReadModelTables tables;

    BusinessProjection(BusinessEntries entries, DeferredWrites writes, ReadModelTables tables) {
        this.entries = entries;
        this.writes = writes;
        this.tables = tables;
    }

    @EventHandler
    void on(BusinessRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        writes.insert(
                BUSINESS_VIEW,
                event.businessId().value(),
                row -> settings(
                        row.set(CREATED_AT, at), event.name(), event.timeZone(), event.currency(), version, at));
    }

    @EventHandler
    void on(BusinessSettingsChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        writes.update(
                BUSINESS_VIEW,
                event.businessId().value(),
                row -> settings(row, event.name(), event.timeZone(), event.currency(), version, at)
                        .set(LOCALE, event.locale()));
    }

    private static Columns settings(
            Columns row, String name, String timeZone, String currency, long version, Instant at) {
        return row.set(NAME, name)
                .set(TIME_ZONE, timeZone)
                .set(CURRENCY, currency)
                .set(VERSION, version)
                .set(UPDATED_AT, at);
    }

    /** Before a rebuild from the event store: every business's rows go (TRUNCATE is not subject to RLS). */
    @ResetHandler
    void reset() {
        tables.truncate(BUSINESS_VIEW);
    }

    @QueryHandler
    BusinessView handle(FindBusinessQuery query) {
        return entries.findById(query.businessId().value())
                .map(BusinessEntry::toView)
                .orElseThrow(() -> new NotFoundException("No such business."));
    }
}
