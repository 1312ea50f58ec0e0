package dev.tandem.query.replay;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event stream up to a position, as if nothing had been stored since: a rebuild replays the events stored
 * when it started, so that every worker stops at the same one; the projections handle the later ones once they
 * take over.
 */
final class EventsUpTo implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final long last;

    EventsUpTo(StreamableMessageSource<TrackedEventMessage<?>> events, long last) {
        this.events = events;
        this.last = last;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
        return new Bounded(events.openStream(from));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant at) {
        return events.createTokenAt(at);
    }

    private final class Bounded implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;

        Bounded(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek().filter(this::isWithin);
        }

        /** Past the last event it waits as for events not stored yet, rather than have its reader spin. */
        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (stream.hasNextAvailable(timeout, unit) && peek().isPresent()) {
                return true;
            }
            if (stream.peek().isPresent()) {
                unit.sleep(timeout);
            }
            return false;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void close() {
            stream.close();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignored) {
            stream.skipMessagesWithPayloadTypeOf(ignored);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }

        private boolean isWithin(TrackedEventMessage<?> event) {
            return event.trackingToken().position().orElse(Long.MAX_VALUE) <= last;
        }
    }
}
