package dev.tandem.query.replay;

import dev.tandem.platform.tenancy.Tenants;
import java.util.Objects;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;

/**
 * The projections' handlers, with the events shared out between segments by business: a business's events
 * stay in order in one segment, as the projections need (a booking's row names its provider's), while the
 * segments handle different businesses at the same time, each in transactions of its own.
 */
final class BusinessSegments implements EventHandlerInvoker {

    private final EventHandlerInvoker handlers;

    BusinessSegments(EventHandlerInvoker handlers) {
        this.handlers = handlers;
    }

    @Override
    public boolean canHandle(EventMessage<?> event, Segment segment) {
        return isOfSegment(event, segment) && handlers.canHandle(event, Segment.ROOT_SEGMENT);
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return handlers.canHandleType(payloadType);
    }

    @Override
    public void handle(EventMessage<?> event, Segment segment) throws Exception {
        if (isOfSegment(event, segment)) {
            handlers.handle(event, Segment.ROOT_SEGMENT);
        }
    }

    @Override
    public boolean supportsReset() {
        return handlers.supportsReset();
    }

    @Override
    public void performReset() {
        handlers.performReset();
    }

    @Override
    public <R> void performReset(R resetContext) {
        handlers.performReset(resetContext);
    }

    private static boolean isOfSegment(EventMessage<?> event, Segment segment) {
        return segment.matches(Objects.hashCode(Tenants.businessIdOf(event).orElse(null)));
    }
}
