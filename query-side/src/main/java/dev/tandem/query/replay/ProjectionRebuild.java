package dev.tandem.query.replay;

import dev.tandem.platform.faults.ProcessorFaults;
import dev.tandem.platform.tenancy.TenantHandlerInterceptor;
import dev.tandem.platform.tenancy.TenantScope;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the query side's projections from the event store, in one pass over the stream for all of them
 * ({@link OnePassReplay}): each projection's tables are emptied by its {@code @ResetHandler}, the stream is
 * replayed into them, and their processor takes over where the replay stopped. The projections share one
 * processor ({@link ProjectionProcessor}) and one token, so they are rebuilt together: naming one rebuilds them
 * all. Only the projections of this side are touched; policies and sagas on the command side are never replayed.
 */
@Component
public class ProjectionRebuild {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Configuration axon;
    private final TenantHandlerInterceptor tenantPerEvent;
    private final ProcessorFaults faults;
    private final ReplayProperties properties;
    private final Set<String> projections;

    ProjectionRebuild(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            ListableBeanFactory beans,
            Configuration axon,
            TenantScope tenantScope,
            ProcessorFaults faults,
            ReplayProperties properties) {
        this.tenantPerEvent = new TenantHandlerInterceptor(tenantScope);
        this.faults = faults;
        this.processing = processing;
        this.eventStore = eventStore;
        this.axon = axon;
        this.properties = properties;
        this.projections = ProjectionProcessor.projectionGroups(beans);
    }

    /** The projections by the names of their processing groups, as the operator names them. */
    public List<String> projections() {
        return List.copyOf(projections);
    }

    /** Whether the event processor is the projections' (the live push, sagas and policies are not). */
    public boolean isProjectionProcessor(String processorName) {
        return ProjectionProcessor.NAME.equals(processorName);
    }

    /** The projections rebuilt when one is: those sharing its processor, all of them. */
    public List<String> rebuiltWith(String projection) {
        return projections();
    }

    /**
     * Rebuilds the projections from the events stored so far, reporting how far in the stream the replay has
     * come; returns once every one of them is handling new events again.
     */
    public void rebuild(List<String> projections, LongConsumer progress) throws InterruptedException {
        new OnePassReplay(
                        "projection-rebuild",
                        projections.stream().map(this::processorOf).distinct().toList(),
                        axon,
                        eventStore,
                        tenantPerEvent,
                        faults,
                        properties)
                .run(head(), progress);
    }

    /**
     * Whether the projection has handled every event stored so far. This asks where its segments are, not
     * whether Axon flags them caught up: a processor sets that flag only after waiting a second for events and
     * finding none, and keeps flagging a replay for up to the gap timeout after it, while gaps left by
     * rolled-back transactions age out of its token.
     */
    public boolean isCaughtUp(String projection) {
        return handledUpTo(processorOf(projection), head());
    }

    /** Whether the processor runs and every segment of it has handled the events up to {@code position}. */
    static boolean handledUpTo(StreamingEventProcessor processor, long position) {
        var segments = processor.processingStatus().values();
        return processor.isRunning()
                && !segments.isEmpty()
                && segments.stream().allMatch(status -> positionOf(status) >= position);
    }

    /** The position of the latest event stored so far. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    static long positionOf(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }

    private StreamingEventProcessor processorOf(String projection) {
        return processing
                .eventProcessorByProcessingGroup(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No projection named " + projection));
    }
}
