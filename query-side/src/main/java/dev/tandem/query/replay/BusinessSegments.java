package dev.tandem.query.replay;

import dev.tandem.platform.tenancy.Tenants;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;

/**
 * The projections' handlers, with the events shared out between segments by business: a business's events
 * stay in order in one segment, as the projections need (a booking's row names its provider's), while the
 * segments handle different businesses at the same time, each in transactions of its own.
 *
 * <p>Which projections handle an event is looked up once per payload type: Axon asking each projection's
 * handlers in turn, for every event, once when the reader hands it out and again when a worker handles it,
 * was a fifth of a rebuild's time. Each projection still picks its handler for the event itself.
 */
final class BusinessSegments implements EventHandlerInvoker {

    private final List<EventHandlerInvoker> projections;
    private final Map<Class<?>, List<EventHandlerInvoker>> projectionsByType = new ConcurrentHashMap<>();

    BusinessSegments(List<EventHandlerInvoker> projections) {
        this.projections = List.copyOf(projections);
    }

    @Override
    public boolean canHandle(EventMessage<?> event, Segment segment) {
        return canHandleType(event.getPayloadType()) && isOfSegment(event, segment);
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return !projectionsHandling(payloadType).isEmpty();
    }

    @Override
    public void handle(EventMessage<?> event, Segment segment) throws Exception {
        if (!isOfSegment(event, segment)) {
            return;
        }
        for (EventHandlerInvoker projection : projectionsHandling(event.getPayloadType())) {
            projection.handle(event, Segment.ROOT_SEGMENT);
        }
    }

    @Override
    public boolean supportsReset() {
        return projections.stream().anyMatch(EventHandlerInvoker::supportsReset);
    }

    @Override
    public void performReset() {
        projections.forEach(EventHandlerInvoker::performReset);
    }

    @Override
    public <R> void performReset(R resetContext) {
        projections.forEach(projection -> projection.performReset(resetContext));
    }

    private List<EventHandlerInvoker> projectionsHandling(Class<?> payloadType) {
        return projectionsByType.computeIfAbsent(
                payloadType,
                type -> projections.stream()
                        .filter(projection -> projection.canHandleType(type))
                        .toList());
    }

    private static boolean isOfSegment(EventMessage<?> event, Segment segment) {
        return segment.matches(Objects.hashCode(Tenants.businessIdOf(event).orElse(null)));
    }
}
