package dev.tandem.query.business;

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

    private static final String TABLE = "business_view";
    private static final String KEY = "business_id";

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
                TABLE,
                KEY,
                event.businessId().value(),
                row -> settings(
                        row.set("created_at", at), event.name(), event.timeZone(), event.currency(), version, at));
    }

    @EventHandler
    void on(BusinessSettingsChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        writes.update(
                TABLE,
                KEY,
                event.businessId().value(),
                row -> settings(row, event.name(), event.timeZone(), event.currency(), version, at));
    }

    private static Columns settings(
            Columns row, String name, String timeZone, String currency, long version, Instant at) {
        return row.set("name", name)
                .set("time_zone", timeZone)
                .set("currency", currency)
                .set("version", version)
                .set("updated_at", at);
    }

    /** Before a rebuild from the event store: every business's rows go (TRUNCATE is not subject to RLS). */
    @ResetHandler
    void reset() {
        tables.truncate(TABLE);
    }

    @QueryHandler
    BusinessView handle(FindBusinessQuery query) {
        return entries.findById(query.businessId().value())
                .map(BusinessEntry::toView)
                .orElseThrow(() -> new NotFoundException("No such business."));
    }
}
