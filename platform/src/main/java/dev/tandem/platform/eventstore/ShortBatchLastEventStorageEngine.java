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
 * Axon's JDBC event storage, with one change to how the stream of events is read: a batch that stops short of
 * its window ends it. Axon reads on until a batch comes back empty, so every time a commit woke the readers they read
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

    /**
     * The events after a token, fetched a batch at a time, up to and including the first short batch. Axon reads
     * a window of global indexes (the token's index, plus the batch size]: a window may hold fewer events than
     * the batch size and still be followed by more (the first window from the start of the stream, which starts
     * at index 0 while events start at 1; indexes of rolled-back transactions). Only a window whose events end
     * before its last index has reached the head of the store.
     */
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
                long windowEnd = indexOf(after) + batchSize();
                List<? extends TrackedEventData<?>> fetched = fetchTrackedEvents(after, batchSize());
                lastBatch = fetched.size() < batchSize()
                        && (fetched.isEmpty() || indexOf(fetched.getLast().trackingToken()) < windowEnd);
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

    /** A token's global index: -1 before the first event, as Axon counts it when it reads a window. */
    private static long indexOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
