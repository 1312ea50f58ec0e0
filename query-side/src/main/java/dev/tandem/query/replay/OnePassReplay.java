package dev.tandem.query.replay;

import dev.tandem.platform.faults.ProcessorFaults;
import dev.tandem.platform.tenancy.TenantHandlerInterceptor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over the event stream for all the projections at once. Each projection's processor reading the
 * whole stream on its own read and deserialized every event once per projection, in a transaction per
 * projection per batch; here one reader reads each event once, and workers hand it to every projection's
 * handlers, each worker the events of its share of the businesses, in large batches with one transaction for
 * all the projections.
 *
 * <p>The projections' own processors are stopped and reset first, exactly as for a replay of their own: their
 * tables are emptied and their tokens point at the start of the stream. Should the process stop half-way,
 * they replay by themselves when it starts again. Their tokens stay claimed by this process while the pass
 * runs, so no other instance starts them meanwhile. The pass replays the events stored when it started; once
 * every worker has handled them, each projection takes over from there, and its processor starts again.
 */
final class OnePassReplay {

    private static final Logger log = LoggerFactory.getLogger(OnePassReplay.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /** Axon's claims lapse after 10 s; renewing them well before keeps them through a slow poll. */
    private static final Duration CLAIM_RENEWAL = Duration.ofSeconds(2);

    private static final Duration RETRY_AFTER = Duration.ofMillis(500);
    private static final int FAILURES_WHILE_ISOLATING = 3;

    private final String name;
    private final List<StreamingEventProcessor> projections;
    private final Configuration axon;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final TenantHandlerInterceptor tenantPerEvent;
    private final ProcessorFaults faults;
    private final ReplayProperties settings;
    private final AtomicInteger failuresWhileIsolating = new AtomicInteger();

    /** @param name the pass's processor, as its metrics and threads show it */
    OnePassReplay(
            String name,
            List<StreamingEventProcessor> projections,
            Configuration axon,
            EventStore eventStore,
            TenantHandlerInterceptor tenantPerEvent,
            ProcessorFaults faults,
            ReplayProperties settings) {
        this.name = name;
        this.projections = List.copyOf(projections);
        this.tenantPerEvent = tenantPerEvent;
        this.faults = faults;
        this.axon = axon;
        this.eventStore = eventStore;
        this.tokenStore = axon.eventProcessingConfiguration()
                .tokenStore(projections.getFirst().getName());
        // The projections' own transactions: their rows derived, committed without waiting for the disk.
        this.transactions = axon.eventProcessingConfiguration().transactionManager(ProjectionProcessor.NAME);
        this.settings = settings;
    }

    /**
     * Rebuilds the projections from the events up to {@code last}, reporting the position of the stream
     * reached as it goes; returns once every projection's own processor runs again from there.
     */
    void run(long last, LongConsumer progress) throws InterruptedException {
        stopAndReset(projections);
        var failure = new AtomicReference<Throwable>();
        var reader = new PromptReader(new AxonThreadFactory(name + "-reader"));
        var workers = new Workers(settings.workers(), new AxonThreadFactory(name + "-worker"));
        PooledStreamingEventProcessor pass = passOverTheStream(last, reader, workers, failure);
        TrackingToken reached;
        try {
            pass.start();
            long claimsRenewed = System.nanoTime();
            while (!isDone(pass, last)) {
                failIfStuck(failure);
                progress.accept(position(pass));
                if (System.nanoTime() - claimsRenewed >= CLAIM_RENEWAL.toNanos()) {
                    keepTheProjectionsClaimed();
                    claimsRenewed = System.nanoTime();
                }
                Thread.sleep(POLL);
            }
            reached = reachedBy(pass);
        } catch (RuntimeException | InterruptedException stopped) {
            stop(pass, reader, workers);
            projections.forEach(this::handBack);
            throw stopped;
        }
        stop(pass, reader, workers);
        progress.accept(last);
        projections.forEach(projection -> takeOver(projection, reached));
    }

    /**
     * Empties the projections' tables and points their tokens at the start: they stay claimed by this process.
     * They are stopped all at once: a tracking processor stops once its wait for new events (up to a second)
     * is over, and stopping them one after the other kept a rebuild from starting for several seconds.
     */
    private static void stopAndReset(List<StreamingEventProcessor> projections) {
        // Wait for every shutdown to finish: a reset while it is still under way fails.
        CompletableFuture.allOf(projections.stream()
                        .map(StreamingEventProcessor::shutdownAsync)
                        .toArray(CompletableFuture[]::new))
                .join();
        projections.forEach(StreamingEventProcessor::resetTokens);
    }

    /**
     * A pooled processor: its reader reads each event once, and its segments, one per worker, share the
     * businesses out. Only the business of each event is entered around its handlers, not Axon's correlation
     * data, which every processor also has: projections send no messages to pass it on to, and reading it
     * cost a rebuild 7 % of its time.
     */
    private PooledStreamingEventProcessor passOverTheStream(
            long last,
            ScheduledExecutorService reader,
            ScheduledExecutorService workers,
            AtomicReference<Throwable> failure) {
        List<EventHandlerInvoker> handlers =
                projections.stream().map(OnePassReplay::handlersOf).toList();
        var pass = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(new BusinessSegments(handlers))
                .messageSource(new EventsUpTo(eventStore, last))
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(transactions)
                // The sync's meters describe events as they happen: a rebuild's would show days of lag for ever
                // after (the lag gauge keeps its last value) and set off the lag alert. Its progress has meters of
                // its own (Replays), and what it cannot handle is parked and counted there.
                .messageMonitor(NoOpMessageMonitor.INSTANCE)
                .coordinatorExecutor(reader)
                .workerExecutor(workers)
                .initialSegmentCount(settings.workers())
                .batchSize(settings.batchSize())
                // A batch that fails is tried again sooner than a live processor's would be: the rebuild waits.
                .tokenClaimInterval(RETRY_AFTER.toMillis())
                .errorHandler(error -> {
                    failTheRebuildIfIsolatingDidNotHelp(error.error(), failure);
                    throw error.error() instanceof Exception exception
                            ? exception
                            : new IllegalStateException(error.error());
                })
                .build();
        pass.registerHandlerInterceptor(tenantPerEvent);
        pass.registerHandlerInterceptor(faults.oneByOne(name));
        return pass;
    }

    /**
     * A failed batch is tried again event by event, as the projections' own processors do: an event a projection
     * cannot handle is parked in its dead-letter queue, and the rebuild goes on. Should batches keep failing even
     * so (the database gone), the rebuild fails. One failure while isolating is not yet that: the two workers
     * share the mode, and the other one's batch may have started before it was set.
     */
    private void failTheRebuildIfIsolatingDidNotHelp(Throwable error, AtomicReference<Throwable> failure) {
        if (faults.isIsolating(name) && failuresWhileIsolating.incrementAndGet() >= FAILURES_WHILE_ISOLATING) {
            failure.compareAndSet(null, error);
        } else {
            log.warn("A rebuild's batch failed ({}); trying its events again one by one", error.toString());
            faults.isolate(name);
        }
    }

    /**
     * A batch that keeps failing would keep being retried: the projections are then left to
     * replay by themselves, as their processors do after a reset, each reporting its own errors.
     */
    private static void failIfStuck(AtomicReference<Throwable> failure) {
        if (failure.get() != null) {
            throw new IllegalStateException(
                    "The replay failed: " + failure.get().getMessage(), failure.get());
        }
    }

    /** Every worker has handled, or skipped as another's, every event up to the last. */
    private boolean isDone(PooledStreamingEventProcessor pass, long last) {
        Map<Integer, EventTrackerStatus> segments = pass.processingStatus();
        return segments.size() == settings.workers() && ProjectionRebuild.handledUpTo(pass, last);
    }

    /**
     * Where the workers stopped: the same event for all of them, as they read one stream up to one event; none
     * (the start of the stream) if it held no events.
     */
    private static TrackingToken reachedBy(PooledStreamingEventProcessor pass) {
        return pass.processingStatus().values().stream()
                .map(EventTrackerStatus::getTrackingToken)
                .filter(Objects::nonNull)
                .map(WrappedToken::unwrapLowerBound) // the pass replays; the projections carry on with new events
                .reduce(TrackingToken::lowerBound)
                .orElse(null);
    }

    private static void stop(PooledStreamingEventProcessor pass, ExecutorService reader, ExecutorService workers) {
        pass.shutdownAsync().join();
        reader.shutdownNow();
        workers.shutdownNow();
    }

    /**
     * The reader's thread. Axon's reader waits 100 ms before reading on when a worker has a full queue (1,024
     * events); the worker empties it in a fraction of that and then waited too, which held a rebuild to 10,000
     * events/s. Here it looks again after at most a few milliseconds, as it does when no events are left.
     */
    private static final class PromptReader extends ScheduledThreadPoolExecutor {

        private static final long MOST_MILLIS = 2;

        PromptReader(ThreadFactory threads) {
            super(1, threads);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
            return super.schedule(task, Math.min(unit.toMillis(delay), MOST_MILLIS), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The workers' threads. A task that fails outside the handlers (where the error handler sees it) would
     * otherwise fail silently inside its future, and its work package never run again: it is logged.
     */
    private static final class Workers extends ScheduledThreadPoolExecutor {

        Workers(int threads, ThreadFactory factory) {
            super(threads, factory);
        }

        @Override
        protected void afterExecute(Runnable task, Throwable thrown) {
            super.afterExecute(task, thrown);
            Throwable failure = thrown;
            if (failure == null && task instanceof Future<?> future && future.isDone() && !future.isCancelled()) {
                try {
                    future.get();
                } catch (ExecutionException failed) {
                    failure = failed.getCause();
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure != null) {
                log.error("A rebuild worker's task failed", failure);
            }
        }
    }

    private static EventHandlerInvoker handlersOf(StreamingEventProcessor projection) {
        return processorOf(projection).eventHandlerInvoker();
    }

    private static AbstractEventProcessor processorOf(StreamingEventProcessor projection) {
        return (AbstractEventProcessor) projection;
    }

    private static long position(PooledStreamingEventProcessor pass) {
        return pass.processingStatus().values().stream()
                .mapToLong(ProjectionRebuild::positionOf)
                .min()
                .orElse(0);
    }

    /** Claims lapse after a while unless extended; another instance could otherwise start a projection. */
    private void keepTheProjectionsClaimed() {
        transactions.executeInTransaction(() -> projections.forEach(projection -> {
            for (int segment : tokenStore.fetchSegments(projection.getName())) {
                tokenStore.extendClaim(projection.getName(), segment);
            }
        }));
    }

    private void takeOver(StreamingEventProcessor projection, TrackingToken reached) {
        transactions.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(projection.getName())) {
                tokenStore.storeToken(reached, projection.getName(), segment);
            }
        });
        handBack(projection);
    }

    /**
     * Releases the projection's tokens and starts its processor from them: from the pass's position after a
     * rebuild, from the start of the stream (a replay of its own) after a failure.
     */
    private void handBack(StreamingEventProcessor projection) {
        transactions.executeInTransaction(() -> {
            for (int segment : tokenStore.fetchSegments(projection.getName())) {
                tokenStore.releaseClaim(projection.getName(), segment);
            }
        });
        projection.start();
    }
}
