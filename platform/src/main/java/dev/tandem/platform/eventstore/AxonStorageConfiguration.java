package dev.tandem.platform.eventstore;

import dev.tandem.platform.consistency.ProcessorProgress;
import dev.tandem.platform.database.ConnectionName;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's storage on PostgreSQL with snake_case tables that Flyway creates. Defined here rather than left
 * to Axon's auto-configuration so the column names, the payload type and the gap handling are explicit.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSchema sagaSchema() {
        return SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /**
     * With Axon Server every event processor is a pooled streaming one: one coordinator reads the stream and
     * hands events to worker threads per segment, and Axon Server's stream wakes it the moment an event
     * arrives. The embedded store offers no such signal, so a pooled processor there polls and answered
     * every write ~500 ms late (measured, docs/adr/0002); tracking processors, woken by the store, stay.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    ConfigurerModule pooledStreamingProcessors() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors();
    }

    /**
     * Without Axon Server, tracking processors that handle the events waiting for them in batches, one
     * transaction (and one token update) per batch: under load a processor does a fraction of the database
     * round trips, and a single event is still handled the moment it arrives.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    ConfigurerModule batchedTrackingProcessors(EventStoreProperties properties, ProcessorProgress progress) {
        return configurer -> configurer
                .eventProcessing()
                .registerTrackingEventProcessorConfiguration(
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.handlingBatchSize())
                                .andEventAvailabilityTimeout(
                                        properties.idleWait().toMillis(), TimeUnit.MILLISECONDS)
                                .andEventTrackerStatusChangeListener(progress));
    }

    /** Every event processor, in both modes, reports through {@link EventProcessorMetrics}. */
    @Bean
    ConfigurerModule eventProcessorMetrics(MeterRegistry registry, Clock clock) {
        return configurer -> configurer.configureMessageMonitor(
                EventProcessor.class, (config, type, name) -> new EventProcessorMetrics(name, registry, clock));
    }

    /**
     * The embedded event store, as Axon configures it, but woken when the events' transaction commits rather
     * than when their unit of work does (see {@link CommitAwareEventStore}): a command run inside a larger
     * Spring transaction otherwise reached the processors one fetch delay late (status changes: 50 → 27 ms
     * at the median, measured). Events stored by other processes wake it through {@link CommitNotifications};
     * {@code fetch-delay} is only how often it looks anyway, should a wake be missed.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine,
            org.axonframework.config.Configuration configuration,
            EventStoreProperties properties) {
        return new CommitAwareEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.fetchDelay().toMillis()));
    }

    /** Other processes' stored events wake this one's readers (LISTEN/NOTIFY); its own do so directly. */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    CommitNotifications commitNotifications(EmbeddedEventStore eventStore, ConnectionName connectionName) {
        return new CommitNotifications((CommitAwareEventStore) eventStore, connectionName);
    }

    /**
     * Only without Axon Server: with it, Axon Server stores the events. A short batch ends a read of the stream
     * ({@link ShortBatchLastEventStorageEngine}).
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EventStorageEngine eventStorageEngine(
            ConnectionProvider axonConnectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            EventStoreProperties properties) {
        return new ShortBatchLastEventStorageEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(axonConnectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .persistenceExceptionResolver(uniqueKeyViolations())
                .dataType(byte[].class)
                .batchSize(properties.batchSize())
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .gapCleaningThreshold(properties.gapCleaningThreshold())
                .maxGapOffset(properties.maxGapOffset()));
    }

    /**
     * Claims name this instance, not only its process (Axon's default): two instances in one JVM, as the
     * tests run them, would otherwise both take a segment for their own and handle its events twice.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider axonConnectionProvider, Serializer serializer, TokenSchema tokenSchema) {
        return new OwnClaimTokenStore(
                JdbcTokenStore.builder()
                        .connectionProvider(axonConnectionProvider)
                        .serializer(serializer)
                        .contentType(byte[].class),
                ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID(),
                tokenSchema);
    }

    @Bean
    SagaStore<Object> sagaStore(
            ConnectionProvider axonConnectionProvider, Serializer serializer, SagaSchema sagaSchema) {
        return JdbcSagaStore.builder()
                .connectionProvider(axonConnectionProvider)
                .sqlSchema(new PostgresSagaSqlSchema(sagaSchema))
                .serializer(serializer)
                .build();
    }

    /**
     * A second append at the same aggregate sequence number is a concurrent modification. PostgreSQL
     * reports it as SQL state 23505 (unique_violation).
     */
    private static PersistenceExceptionResolver uniqueKeyViolations() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }
}
