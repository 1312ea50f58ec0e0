package dev.tandem.query.replay;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * Rebuilds the query side's projections from the event store: each processor is stopped, its tokens reset
 * to the start of the stream (its {@code @ResetHandler} empties its tables), and started again. Only the
 * projections of this side are touched; policies and sagas on the command side are never replayed.
 */
@Component
public class ProjectionRebuild {

    private static final String QUERY_SIDE = "dev.tandem.query";

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ApplicationContext context;
    private volatile Set<String> projections;

    ProjectionRebuild(EventProcessingConfiguration processing, EventStore eventStore, ApplicationContext context) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.context = context;
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

    public void rebuildAll() {
        projections().forEach(this::rebuild);
    }

    public void rebuild(String projection) {
        StreamingEventProcessor processor = processorOf(projection);
        // Wait for the shutdown to finish: a start while it is still under way would be undone by it.
        processor.shutdownAsync().join();
        processor.resetTokens();
        processor.start();
    }

    /**
     * Whether the projection has handled every event stored so far. Axon may keep flagging a processor as
     * replaying for up to the gap timeout after that, while gaps left by rolled-back transactions age out
     * of its token, so the flag is not what this asks.
     */
    public boolean isCaughtUp(String projection) {
        StreamingEventProcessor processor = processorOf(projection);
        long head = head();
        return processor.isRunning()
                && !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                        .allMatch(status -> status.isCaughtUp() && positionOf(status) >= head);
    }

    /** How far the projection has come in the stream: the position its slowest segment has handled. */
    public long position(String projection) {
        return processorOf(projection).processingStatus().values().stream()
                .mapToLong(ProjectionRebuild::positionOf)
                .min()
                .orElse(-1);
    }

    /** The position of the latest event stored so far. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private static long positionOf(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }

    private StreamingEventProcessor processorOf(String projection) {
        return processing
                .eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("No projection named " + projection));
    }
}
