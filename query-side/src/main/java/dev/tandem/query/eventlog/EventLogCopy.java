package dev.tandem.query.eventlog;

import dev.tandem.api.MetadataKeys;
import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.platform.database.Table;
import dev.tandem.query.replay.ReadModelTables;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Copies every business's events into {@code business_event_log} as the event store keeps them (serialized the
 * same way, in the same columns), for {@link BusinessEventLog} to read where the event store is not this
 * database: with Axon Server ({@code tandem.event-log.source=copy}, the axonserver profile's default). Times are
 * written as the event store writes them. A
 * projection like the others: rebuilt with them from the stream, its rows under the tenant policy. An event that
 * names no business belongs to no business's log and is not copied.
 */
@Component
@ProcessingGroup("event-log-copy")
@ConditionalOnProperty(name = "tandem.event-log.source", havingValue = "copy")
class EventLogCopy {

    static final Column<Long> GLOBAL_INDEX = new Column<>("global_index");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> TYPE = new Column<>("type");
    static final Column<String> AGGREGATE_IDENTIFIER = new Column<>("aggregate_identifier");
    static final Column<Long> SEQUENCE_NUMBER = new Column<>("sequence_number");
    static final Column<String> TIME_STAMP = new Column<>("time_stamp");
    static final Column<String> PAYLOAD_TYPE = new Column<>("payload_type");
    static final Column<String> PAYLOAD_REVISION = new Column<>("payload_revision");
    static final Column<byte[]> PAYLOAD = new Column<>("payload");
    static final Column<byte[]> META_DATA = new Column<>("meta_data");
    static final Table<Long> BUSINESS_EVENT_LOG = new Table<>("business_event_log", GLOBAL_INDEX);

    private final DeferredWrites writes;
    private final Serializer serializer;
    private final ReadModelTables tables;

    EventLogCopy(DeferredWrites writes, @Qualifier("eventSerializer") Serializer serializer, ReadModelTables tables) {
        this.writes = writes;
        this.serializer = serializer;
        this.tables = tables;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        Object business = event.getMetaData().get(MetadataKeys.BUSINESS_ID);
        if (business == null) {
            return;
        }
        long globalIndex = token.position()
                .orElseThrow(() -> new IllegalStateException(
                        "The stream's token gives no position for event " + event.getIdentifier()));
        SerializedObject<byte[]> serializedPayload = serializer.serialize(payload, byte[].class);
        byte[] metaData =
                serializer.serialize(event.getMetaData(), byte[].class).getData();
        var domain = event instanceof DomainEventMessage<?> ofAnAggregate ? ofAnAggregate : null;
        writes.insert(
                BUSINESS_EVENT_LOG,
                globalIndex,
                row -> row.set(BUSINESS_ID, UUID.fromString(business.toString()))
                        .set(TYPE, domain == null ? null : domain.getType())
                        .set(
                                AGGREGATE_IDENTIFIER,
                                domain == null ? event.getIdentifier() : domain.getAggregateIdentifier())
                        .set(SEQUENCE_NUMBER, domain == null ? 0L : domain.getSequenceNumber())
                        .set(TIME_STAMP, DateTimeUtils.formatInstant(event.getTimestamp()))
                        .set(PAYLOAD_TYPE, serializedPayload.getType().getName())
                        .set(PAYLOAD_REVISION, serializedPayload.getType().getRevision())
                        .set(PAYLOAD, serializedPayload.getData())
                        .set(META_DATA, metaData));
    }

    @ResetHandler
    void reset() {
        tables.truncate(BUSINESS_EVENT_LOG);
    }
}
