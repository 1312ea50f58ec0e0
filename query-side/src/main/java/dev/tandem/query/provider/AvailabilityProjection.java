package dev.tandem.query.provider;

import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.FindAvailabilityQuery;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.provider.TimeOffAdded;
import dev.tandem.api.provider.TimeOffRemoved;
import dev.tandem.api.provider.TimeOffView;
import dev.tandem.api.provider.WeeklyHoursSet;
import dev.tandem.api.provider.WeeklyHoursView;
import dev.tandem.kernel.ProviderId;
import dev.tandem.query.replay.ReadModelTables;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Keeps {@code provider_availability}, the provider's own status, hours and time off. */
@Component
@ProcessingGroup(AvailabilityProjection.PROCESSING_GROUP)
class AvailabilityProjection {

    static final String PROCESSING_GROUP = "provider-availability";

    private final AvailabilityEntries entries;

    private final ReadModelTables tables;

    AvailabilityProjection(AvailabilityEntries entries, ReadModelTables tables) {
        this.tables = tables;
        this.entries = entries;
    }

    @EventHandler
    void on(ProviderRegistered event) {
        entries.save(new AvailabilityEntry(
                event.providerId().value(), event.businessId().value()));
    }

    @EventHandler
    void on(ProviderStatusChanged event) {
        update(event.providerId(), entry -> entry.status(event.status().name()));
    }

    @EventHandler
    void on(WeeklyHoursSet event) {
        update(
                event.providerId(),
                entry -> entry.weeklyHours(event.weeklyHours().stream()
                        .map(window -> new WeeklyHoursView(
                                window.dayOfWeek().name(),
                                window.start().toString(),
                                window.end().toString()))
                        .toList()));
    }

    @EventHandler
    void on(TimeOffAdded event) {
        var period = event.timeOff();
        update(
                event.providerId(),
                entry -> entry.addTimeOff(
                        new TimeOffView(period.id().toString(), period.start(), period.end(), period.reason())));
    }

    @EventHandler
    void on(TimeOffRemoved event) {
        update(
                event.providerId(),
                entry -> entry.removeTimeOff(event.timeOffId().toString()));
    }

    /** Before a rebuild from the event store: every business's rows go. */
    @ResetHandler
    void reset() {
        tables.truncate("provider_availability");
    }

    @QueryHandler
    AvailabilityView handle(FindAvailabilityQuery query) {
        return entries.findByProviderIdAndBusinessId(
                        query.providerId().value(), query.businessId().value())
                .map(AvailabilityEntry::toView)
                .orElseThrow(() -> new NotFoundException("No such provider."));
    }

    private void update(ProviderId providerId, Consumer<AvailabilityEntry> change) {
        entries.findById(providerId.value()).ifPresent(entry -> {
            change.accept(entry);
            entries.save(entry);
        });
    }
}
