package dev.tandem.platform.consistency;

import dev.tandem.platform.web.RequestDeadline;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Holds a write's answer until this process's event processors have handled the events it stored, so
 * that a read made after the answer sees the change (docs/api.md, Consistency). The wait is bounded: past
 * {@code tandem.consistency.projection-wait} the answer goes out anyway and the delay is logged.
 *
 * <p>Processors of other processes are not waited for; see docs/adr/0004-read-your-writes.md.
 */
@Component
public class ProjectionBarrier {

    private static final Logger log = LoggerFactory.getLogger(ProjectionBarrier.class);
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ConsistencyProperties properties;
    private final ProcessorProgress progress;
    private final AwaitedProcessors awaited;

    ProjectionBarrier(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            JdbcTemplate jdbc,
            ConsistencyProperties properties,
            ProcessorProgress progress,
            ObjectProvider<AwaitedProcessors> awaited) {
        this.processing = processing;
        this.awaited = awaited.getIfAvailable(() -> name -> false);
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.properties = properties;
        this.progress = progress;
    }

    /**
     * Waits until every running awaited processor here has handled the latest event of each given aggregate (a
     * write that changed two aggregates in one transaction names both). Per processor, only the segment
     * that handles an aggregate's events is asked: the others skip them and may report their progress late.
     */
    public void awaitAggregates(String... aggregateIds) {
        Map<String, Long> positions = positionsOfLatestEvents(aggregateIds);
        long last = positions.values().stream().mapToLong(Long::longValue).max().orElse(-1);
        // A request's answer does not wait past its deadline: the write is done, only the views may lag.
        Duration patience = RequestDeadline.atMost(properties.projectionWait());
        if (!awaitUntil(last, () -> allProcessorsReached(positions), patience)) {
            log.warn("Projections did not reach {} within {}", positions, patience);
        }
    }

    /**
     * Waits, at most {@code patience}, until every other awaited processor here has handled one event: the live
     * push reads the views an event changed only once they show it. Processors rebuilding from the start of the
     * stream are not waited for: they may be hours behind. Answers whether they all got there in time.
     */
    public boolean awaitEvent(String aggregateId, long position, String waitingProcessor, Duration patience) {
        return awaitEvents(Map.of(aggregateId, position), waitingProcessor, patience);
    }

    /** As {@link #awaitEvent}, for the latest position of each of several aggregates: one wait for a batch. */
    public boolean awaitEvents(Map<String, Long> positions, String waitingProcessor, Duration patience) {
        long last = positions.values().stream().mapToLong(Long::longValue).max().orElse(-1);
        return awaitUntil(
                last,
                () -> runningAwaitedProcessors()
                        .filter(processor -> !processor.getName().equals(waitingProcessor))
                        .filter(processor -> !processor.isReplaying())
                        .allMatch(processor -> positions.entrySet().stream()
                                .allMatch(position -> reached(processor, position.getKey(), position.getValue()))),
                patience);
    }

    /** Looks whenever a processor has passed {@code position}: waiting costs nothing until then. */
    private boolean awaitUntil(long position, BooleanSupplier condition, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            var waiter = progress.expect(position);
            if (condition.getAsBoolean()) {
                progress.cancel(waiter);
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                progress.cancel(waiter);
                return false;
            }
            progress.park(waiter, left);
        }
    }

    /**
     * Each aggregate's latest event, found by walking its (aggregate, sequence) key back one step: the cost stays
     * the same however long its history grows. A {@code max(global_index)} over its events read all of them,
     * half a millisecond each for a provider with a few dozen.
     */
    private Map<String, Long> positionsOfLatestEvents(String... aggregateIds) {
        var positions = new HashMap<String, Long>();
        for (String aggregateId : aggregateIds) {
            jdbc.query(
                    "select global_index from domain_event_entry where aggregate_identifier = ?"
                            + " order by sequence_number desc limit 1",
                    row -> {
                        positions.put(aggregateId, row.getLong(1));
                    },
                    aggregateId);
        }
        if (positions.isEmpty()) {
            // With Axon Server the events are not in PostgreSQL; its global sequence has no gaps, so the head
            // of the stream once the command has completed is at or after these aggregates' latest events.
            long head = eventStore.createHeadToken().position().orElse(-1);
            Arrays.stream(aggregateIds).forEach(id -> positions.put(id, head));
        }
        return positions;
    }

    /**
     * A processor rebuilding from the start of the stream is not waited for: it may be minutes behind, and
     * its views are incomplete until it has caught up anyway.
     */
    private boolean allProcessorsReached(Map<String, Long> positions) {
        return runningAwaitedProcessors()
                .filter(processor -> !processor.isReplaying())
                .allMatch(processor -> positions.entrySet().stream()
                        .allMatch(position -> reached(processor, position.getKey(), position.getValue())));
    }

    /**
     * A processor retrying a failed batch is waited for too: it handles the batch again event by event within a
     * second or two, parking what it cannot handle (docs/adr/0010). One stuck for longer holds each write for the
     * bounded wait, and health turns DOWN.
     */
    private Stream<StreamingEventProcessor> runningAwaitedProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(processor -> awaited.isAwaited(processor.getName()))
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning);
    }

    /** Events are sequenced per aggregate, so the segment whose range holds the aggregate's id handles them. */
    private static boolean reached(StreamingEventProcessor processor, String aggregateId, long position) {
        var segments = processor.processingStatus().values().stream()
                .filter(status -> status.getSegment().matches(aggregateId))
                .toList();
        if (segments.isEmpty()) {
            // Not claimed here: another instance handles it, unless this one released it to retry a failure.
            return !processor.isError();
        }
        return segments.stream().allMatch(status -> reached(status, position));
    }

    private static boolean reached(EventTrackerStatus status, long position) {
        TrackingToken token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return token != null && token.position().orElse(-1) >= position;
    }
}
