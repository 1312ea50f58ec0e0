package dev.tandem.platform.faults;

import dev.tandem.api.MetadataKeys;
import dev.tandem.api.Page;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The events this process's processors parked, for the operator: listed by the aggregate whose events wait,
 * retried (handled again, in order, until one fails) or evicted (given up: the projection then lacks them
 * until it is rebuilt). Counted for the metrics as well.
 */
public class DeadLetters {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long COUNTS_FRESH_FOR_NANOS = 5_000_000_000L;

    private final Configuration axon;
    private final DeadLetteredGroups groups;
    private final JdbcTemplate jdbc;
    private volatile Map<String, Long> parkedSequences = Map.of();
    private volatile long countedAt = System.nanoTime() - COUNTS_FRESH_FOR_NANOS;

    DeadLetters(Configuration axon, DeadLetteredGroups groups, JdbcTemplate jdbc, MeterRegistry meters) {
        this.axon = axon;
        this.groups = groups;
        this.jdbc = jdbc;
        groups.names()
                .forEach(group -> Gauge.builder("tandem.dead_letters", this, letters -> letters.parked(group))
                        .description("Aggregates whose events wait in the dead-letter queue")
                        .tag("processor", group)
                        .register(meters));
    }

    /** A parked event, the first of its aggregate's, with the events waiting behind it. */
    public record Parked(
            String processor,
            String sequenceId,
            String eventType,
            String businessId,
            String cause,
            long attempts,
            long events,
            Instant firstFailedAt,
            Instant lastFailedAt) {}

    /** The parked sequences in order of processor and aggregate, a page at a time. */
    public Page<Parked> list(int limit, String cursor) {
        String[] after = cursor == null ? new String[] {"", ""} : decode(cursor);
        List<Parked> items =
                firstLetters("(processing_group, sequence_identifier) > (?, ?)", limit + 1, after[0], after[1]);
        if (items.size() <= limit) {
            return new Page<>(items, null);
        }
        Parked last = items.get(limit - 1);
        return new Page<>(List.copyOf(items.subList(0, limit)), encode(last.processor(), last.sequenceId()));
    }

    private List<Parked> firstLetters(String where, int limit, Object... parameters) {
        var arguments = new ArrayList<>(List.of(parameters));
        arguments.add(limit);
        return jdbc.query(
                "select distinct on (processing_group, sequence_identifier) processing_group, sequence_identifier,"
                        + " payload_type, meta_data, cause_type, cause_message, diagnostics, enqueued_at, last_touched,"
                        + " count(*) over (partition by processing_group, sequence_identifier) as events"
                        + " from dead_letter_entry where " + where
                        + " order by processing_group, sequence_identifier, sequence_index limit ?",
                (row, n) -> parked(row),
                arguments.toArray());
    }

    /**
     * Hands the aggregate's parked events to the processor's handlers again, in order; refuses (409, with the
     * cause and how many still wait) when one fails again.
     */
    public void retry(String processor, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queueOf(processor, sequenceId);
        SequencedDeadLetterProcessor<EventMessage<?>> handlers = axon.eventProcessingConfiguration()
                .sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new NotFoundException("No processor " + processor + " parks events here."));
        handlers.process(letter -> sequenceOf(letter).equals(sequenceId));
        long left = queue.sequenceSize(sequenceId);
        if (left > 0) {
            String cause =
                    firstLetters("processing_group = ? and sequence_identifier = ?", 1, processor, sequenceId).stream()
                            .map(Parked::cause)
                            .findFirst()
                            .orElse("unknown");
            throw new ConflictException("The event fails again, " + left + " still wait: " + cause);
        }
    }

    /** Gives the aggregate's parked events up: the projection goes without them until it is rebuilt. */
    public void evict(String processor, String sequenceId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queueOf(processor, sequenceId);
        List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
        queue.deadLetterSequence(sequenceId).forEach(letters::add);
        axon.getComponent(TransactionManager.class).executeInTransaction(() -> letters.forEach(queue::evict));
    }

    /** Sequences parked per processor, read again at most every few seconds (the metrics ask often). */
    long parked(String processor) {
        if (System.nanoTime() - countedAt >= COUNTS_FRESH_FOR_NANOS) {
            var counts = new HashMap<String, Long>();
            jdbc.query(
                    "select processing_group, count(distinct sequence_identifier) from dead_letter_entry"
                            + " group by processing_group",
                    row -> {
                        counts.put(row.getString(1), row.getLong(2));
                    });
            parkedSequences = Map.copyOf(counts);
            countedAt = System.nanoTime();
        }
        return parkedSequences.getOrDefault(processor, 0L);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queueOf(String processor, String sequenceId) {
        var queue = groups.contains(processor)
                ? axon.eventProcessingConfiguration().deadLetterQueue(processor).orElse(null)
                : null;
        if (queue == null || !queue.contains(sequenceId)) {
            throw new NotFoundException("No events of " + sequenceId + " are parked by " + processor + ".");
        }
        return queue;
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : "";
    }

    private static Parked parked(ResultSet row) throws SQLException {
        JsonNode diagnostics = json(row.getBytes("diagnostics"));
        JsonNode metaData = json(row.getBytes("meta_data"));
        String payloadType = row.getString("payload_type");
        String causeType = row.getString("cause_type");
        return new Parked(
                row.getString("processing_group"),
                row.getString("sequence_identifier"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1),
                metaData.path(MetadataKeys.BUSINESS_ID).asString(null),
                (causeType == null ? "" : causeType.substring(causeType.lastIndexOf('.') + 1) + ": ")
                        + row.getString("cause_message"),
                diagnostics.path(ParkOrRetry.ATTEMPTS).asLong(1),
                row.getLong("events"),
                instant(row.getString("enqueued_at")),
                instant(row.getString("last_touched")));
    }

    private static JsonNode json(byte[] bytes) {
        return bytes == null ? JSON.missingNode() : JSON.readTree(bytes);
    }

    private static Instant instant(String stored) {
        return stored == null ? null : Instant.parse(stored);
    }

    private static String encode(String processor, String sequenceId) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((processor + "\n" + sequenceId).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException(cursor);
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor of this list");
        }
    }
}
