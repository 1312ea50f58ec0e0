package dev.tandem.command.provider;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Snapshots of providers, so that loading one costs the same however long it has worked: without them a booking
 * command for a provider that is not in the aggregate cache (after a start, or let go by the cache) read and
 * applied every event of its history. A snapshot is taken every {@value #EVENTS_BETWEEN_SNAPSHOTS} events, after
 * the command's transaction has committed, and only snapshots of the provider's current {@code @Revision} are
 * used: one of an older shape is passed over, and the provider read from its events.
 */
@Configuration(proxyBeanMethods = false)
class AggregateSnapshots {

    static final String PROVIDER_TRIGGER = "providerSnapshotTrigger";
    static final String PROVIDER_FILTER = "providerSnapshotFilter";
    // 2: the provider keeps when it was deactivated.
    static final String PROVIDER_REVISION = "2";
    static final int EVENTS_BETWEEN_SNAPSHOTS = 100;

    @Bean(PROVIDER_TRIGGER)
    SnapshotTriggerDefinition providerSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EVENTS_BETWEEN_SNAPSHOTS);
    }

    @Bean(PROVIDER_FILTER)
    SnapshotFilter providerSnapshotFilter() {
        return RevisionSnapshotFilter.builder()
                .type(Provider.class)
                .revision(PROVIDER_REVISION)
                .build();
    }
}
