package dev.tandem.query.eventlog;

import dev.tandem.api.MetadataKeys;
import dev.tandem.kernel.BusinessId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one business's events, deserialized as the event store does: from the event store's table where it is
 * in this database ({@code tandem.event-log.source=event-store}, the standalone default), otherwise from the
 * copy {@link EventLogCopy} keeps in the same columns ({@code copy}, with Axon Server). Stored times are text
 * in either, so time filters compare them as instants.
 */
@Component
public class BusinessEventLog {

    private static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number, time_stamp,"
            + " payload_type, payload_revision, payload, meta_data";

    private final NamedParameterJdbcTemplate jdbc;
    private final Serializer serializer;
    private final String from;

    BusinessEventLog(
            NamedParameterJdbcTemplate jdbc,
            @Qualifier("eventSerializer") Serializer serializer,
            @Value("${tandem.event-log.source:event-store}") String source) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.from = " from " + tableOf(source);
    }

    private static String tableOf(String source) {
        return switch (source) {
            case "event-store" -> "domain_event_entry";
            case "copy" -> EventLogCopy.BUSINESS_EVENT_LOG.name();
            default ->
                throw new IllegalArgumentException(
                        "tandem.event-log.source must be event-store or copy, not '" + source + "'");
        };
    }

    /**
     * What to read: after a place in the store, in a time span, of one user or one aggregate type, of some
     * payload types (class names; null for all).
     */
    public record Filter(
            Long afterGlobalIndex,
            Instant from,
            Instant to,
            UUID actorId,
            String aggregateType,
            Collection<String> payloadTypes) {}

    /** At most {@code limit} events of the business that pass the filter, in the order they were stored. */
    public List<LoggedEvent> read(BusinessId businessId, Filter filter, int limit) {
        var sql = new StringBuilder("select " + COLUMNS + from + " where business_id = :business");
        var parameters = new MapSqlParameterSource("business", businessId.value()).addValue("limit", limit);
        if (filter.afterGlobalIndex() != null) {
            sql.append(" and global_index > :after");
            parameters.addValue("after", filter.afterGlobalIndex());
        }
        if (filter.from() != null) {
            sql.append(" and time_stamp::timestamptz >= :from");
            parameters.addValue("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and time_stamp::timestamptz < :to");
            parameters.addValue("to", Timestamp.from(filter.to()));
        }
        if (filter.actorId() != null) {
            sql.append(" and convert_from(meta_data, 'UTF8')::jsonb ->> '" + MetadataKeys.USER_ID + "' = :actor");
            parameters.addValue("actor", filter.actorId().toString());
        }
        if (filter.aggregateType() != null) {
            sql.append(" and upper(type) = :aggregateType");
            parameters.addValue("aggregateType", filter.aggregateType());
        }
        if (filter.payloadTypes() != null) {
            sql.append(" and payload_type in (:payloadTypes)");
            parameters.addValue("payloadTypes", filter.payloadTypes());
        }
        sql.append(" order by global_index limit :limit");
        return jdbc.query(sql.toString(), parameters, this::logged);
    }

    /** Every event of one aggregate of the business, in the order they were stored. */
    public List<LoggedEvent> ofAggregate(BusinessId businessId, String aggregateId) {
        return jdbc.query(
                "select " + COLUMNS + from + " where business_id = :business and aggregate_identifier = :aggregate"
                        + " order by sequence_number",
                new MapSqlParameterSource("business", businessId.value()).addValue("aggregate", aggregateId),
                this::logged);
    }

    /** The events of an aggregate of these payload types, in the order they were stored. */
    public List<LoggedEvent> ofTypes(String aggregateId, List<String> payloadTypes) {
        return jdbc.query(
                "select " + COLUMNS + from + " where aggregate_identifier = :aggregate"
                        + " and payload_type in (:types) order by sequence_number",
                new MapSqlParameterSource("aggregate", aggregateId).addValue("types", payloadTypes),
                this::logged);
    }

    /** The first event of an aggregate: the one that created it. */
    public Optional<LoggedEvent> first(String aggregateId) {
        return jdbc
                .query(
                        "select " + COLUMNS + from + " where aggregate_identifier = :aggregate"
                                + " and sequence_number = 0",
                        new MapSqlParameterSource("aggregate", aggregateId),
                        this::logged)
                .stream()
                .findFirst();
    }

    private LoggedEvent logged(ResultSet row, int number) throws SQLException {
        SerializedType type =
                new SimpleSerializedType(row.getString("payload_type"), row.getString("payload_revision"));
        Object payload =
                serializer.deserialize(new SimpleSerializedObject<>(row.getBytes("payload"), byte[].class, type));
        byte[] metaData = row.getBytes("meta_data");
        MetaData meta = metaData == null
                ? MetaData.emptyInstance()
                : serializer.deserialize(new SerializedMetaData<>(metaData, byte[].class));
        return new LoggedEvent(
                row.getLong("global_index"),
                row.getString("type"),
                row.getString("aggregate_identifier"),
                row.getLong("sequence_number"),
                Instant.parse(row.getString("time_stamp")),
                payload,
                meta);
    }
}
