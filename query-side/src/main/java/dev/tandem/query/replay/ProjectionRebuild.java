package dev.tandem.query.replay;

import dev.tandem.platform.faults.ProcessorFaults;
import dev.tandem.platform.tenancy.TenantHandlerInterceptor;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the query side's projections from the event store, in one pass over the stream for all of them
 * ({@link OnePassReplay}): each projection's tables are emptied by its {@code @ResetHandler}, the stream is
 * replayed into them, and its processor takes over where the replay stopped. Only the projections of this
 * side are touched; policies and sagas on the command side are never replayed.
 */
@Component
public class ProjectionRebuild {

    private static final String QUERY_SIDE = "dev.tandem.query";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ApplicationContext context;
    private final Configuration axon;
    private final TenantHandlerInterceptor tenantPerEvent;
    private final ProcessorFaults faults;
    private final ReplayProperties properties;
    private volatile Set<String> projections;

    ProjectionRebuild(
            EventProcessingConfiguration processing,
            EventStore eventStore,
            ApplicationContext context,
            Configuration axon,
            TenantHandlerInterceptor tenantPerEvent,
            ProcessorFaults faults,
            ReplayProperties properties) {
        this.tenantPerEvent = tenantPerEvent;
        this.faults = faults;
        this.processing = processing;
        this.eventStore = eventStore;
        this.context = context;
        this.axon = axon;
        this.properties = properties;
    }

    /**
     * The processing groups of the query side's projections: those that can empty their tables (a
     * {@code @ResetHandler}). The live push has none and is never replayed.
     */
    public List<String> projections() {
        return List.copyOf(projectionNames());
    }

    public boolean isProjection(String processorName) {
        return projectionNames().contains(processorName);
    }

    private Set<String> projectionNames() {
        if (projections == null) {
            projections = Collections.unmodifiableSet(findProjections());
        }
        return projections;
    }

    private Set<String> findProjections() {
        return context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .map(Object::getClass)
                .filter(type -> type.getPackageName().startsWith(QUERY_SIDE))
                .filter(ProjectionRebuild::canReset)
                .map(type -> AnnotationUtils.findAnnotation(type, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean canReset(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .anyMatch(method -> method.isAnnotationPresent(ResetHandler.class));
    }

    /**
     * Rebuilds the projections from the events stored so far, reporting how far in the stream the replay has
     * come; returns once every one of them is handling new events again.
     */
    public void rebuild(List<String> projections, LongConsumer progress) throws InterruptedException {
        new OnePassReplay(
                        "projection-rebuild",
                        projections.stream().map(this::processorOf).toList(),
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
                .eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No projection named " + projection));
    }
}
