package dev.tandem.query.business;

import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.business.BusinessView;
import dev.tandem.api.business.FindBusinessQuery;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.query.replay.ReadModelTables;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code business_view} and answers {@link FindBusinessQuery}. */
@Component
@ProcessingGroup(BusinessProjection.PROCESSING_GROUP)
class BusinessProjection {

    static final String PROCESSING_GROUP = "business-view";

    private final BusinessEntries entries;

    private final ReadModelTables tables;

    BusinessProjection(BusinessEntries entries, ReadModelTables tables) {
        this.tables = tables;
        this.entries = entries;
    }

    @EventHandler
    void on(BusinessRegistered event, @SequenceNumber long version, @Timestamp Instant at) {
        var entry = new BusinessEntry(event.businessId().value(), at);
        entry.update(event.name(), event.timeZone(), event.currency(), version, at);
        entries.save(entry);
    }

    @EventHandler
    void on(BusinessSettingsChanged event, @SequenceNumber long version, @Timestamp Instant at) {
        entries.findById(event.businessId().value()).ifPresent(entry -> {
            entry.update(event.name(), event.timeZone(), event.currency(), version, at);
            entries.save(entry);
        });
    }

    /** Before a rebuild from the event store: every business's rows go (TRUNCATE is not subject to RLS). */
    @ResetHandler
    void reset() {
        tables.truncate("business_view");
    }

    @QueryHandler
    BusinessView handle(FindBusinessQuery query) {
        return entries.findById(query.businessId().value())
                .map(BusinessEntry::toView)
                .orElseThrow(() -> new NotFoundException("No such business."));
    }
}
