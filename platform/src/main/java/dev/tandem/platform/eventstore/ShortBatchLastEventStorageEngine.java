package dev.tandem.platform.eventstore;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event storage, with one change to how the stream of events is read: a batch smaller than the batch
 * size ends it. Axon reads on until a batch comes back empty, so every time a commit woke the readers they read
 * the new events, then read once more to find nothing, and looked for the next event past a gap on top (four
 * statements and two transactions per commit, a third of the statements a status change cost). Ending the stream
 * early loses nothing: the store's reader reads again at once whenever it found events, and a processor's own
 * stream is opened again from its last token.
 */
final class ShortBatchLastEventStorageEngine extends JdbcEventStorageEngine {

    ShortBatchLastEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        return StreamSupport.stream(new Batches(trackingToken), false);
    }

    /** The events after a token, fetched a batch at a time, up to and including the first short batch. */
    private final class Batches extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private TrackingToken after;
        private Iterator<? extends TrackedEventData<?>> batch =
                List.<TrackedEventData<?>>of().iterator();
        private boolean lastBatch;

        Batches(TrackingToken after) {
            super(Long.MAX_VALUE, Spliterator.ORDERED);
            this.after = after;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            if (!batch.hasNext()) {
                if (lastBatch) {
                    return false;
                }
                List<? extends TrackedEventData<?>> fetched = fetchTrackedEvents(after, batchSize());
                lastBatch = fetched.size() < batchSize();
                batch = fetched.iterator();
                if (!batch.hasNext()) {
                    return false;
                }
            }
            TrackedEventData<?> next = batch.next();
            after = next.trackingToken();
            action.accept(next);
            return true;
        }
    }
}
