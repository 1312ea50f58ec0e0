package dev.tandem.query.replay;

import dev.tandem.platform.tenancy.TenantHandlerInterceptor;
import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * One pass over the event stream for several projections at once. Each projection's processor reading the
 * whole stream on its own read and deserialized every event once per projection, in a transaction per
 * projection per batch; here one processor reads each event once and hands it to every projection's
 * handlers, in large batches with one transaction for all of them.
 *
 * <p>The projections' own processors are stopped and reset first, exactly as for a replay of their own: their
 * tables are emptied and their tokens point at the start of the stream. Should the process stop half-way,
 * they replay by themselves when it starts again. Their tokens stay claimed by this process while the pass
 * runs, so no other instance starts them meanwhile. Once the pass has caught up with the stream, each
 * projection takes over from where it stopped, and the projection processors start again.
 */
final class OnePassReplay {

    private static final Duration POLL = Duration.ofMillis(200);
    /** Axon's claims lapse after 10 s; renewing them well before keeps them through a slow poll. */
    private static final Duration CLAIM_RENEWAL = Duration.ofSeconds(2);

    private final String name;

    private final List<StreamingEventProcessor> projections;
    private final Configuration axon;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final TenantHandlerInterceptor tenantPerEvent;
    private final int batchSize;

    /** @param name the pass's processor, as its metrics and threads show it */
    OnePassReplay(
            String name,
            List<StreamingEventProcessor> projections,
            Configuration axon,
            EventStore eventStore,
            TenantHandlerInterceptor tenantPerEvent,
            int batchSize) {
        this.name = name;
        this.projections = List.copyOf(projections);
        this.tenantPerEvent = tenantPerEvent;
        this.axon = axon;
        this.eventStore = eventStore;
        this.tokenStore = axon.eventProcessingConfiguration()
                .tokenStore(projections.getFirst().getName());
        this.transactions = axon.getComponent(TransactionManager.class);
        this.batchSize = batchSize;
    }

    /**
     * Rebuilds the projections, reporting the position of the stream reached as it goes; returns once every
     * projection's own processor runs again from where the pass stopped.
     *
     * @param head the position of the latest event stored so far: the pass is done once it has handled it
     */
    void run(LongSupplier head, LongConsumer progress) throws InterruptedException {
        projections.forEach(OnePassReplay::stopAndReset);
        var passTokens = new InMemoryTokenStore();
        TrackingEventProcessor pass = passOverTheStream(passTokens);
        try {
            pass.start();
            long claimsRenewed = System.nanoTime();
            while (!ProjectionRebuild.caughtUp(pass, head.getAsLong())) {
                failIfStuck(pass);
                progress.accept(position(pass));
                if (System.nanoTime() - claimsRenewed >= CLAIM_RENEWAL.toNanos()) {
                    keepTheProjectionsClaimed();
                    claimsRenewed = System.nanoTime();
                }
                Thread.sleep(POLL);
            }
        } catch (RuntimeException | InterruptedException failure) {
            pass.shutdownAsync().join();
            projections.forEach(this::handBack);
            throw failure;
        }
        pass.shutdownAsync().join();
        // The pass replays (its events say so to their handlers); the projections carry on with new events.
        TrackingToken reached = WrappedToken.unwrapLowerBound(passTokens.fetchToken(name, 0));
        progress.accept(reached.position().orElse(0));
        projections.forEach(projection -> takeOver(projection, reached));
    }

    /**
     * A batch that fails is retried, and keeps failing if a handler does: the projections are then left to
     * replay by themselves, as their processors do after a reset, each reporting its own errors.
     */
    private static void failIfStuck(TrackingEventProcessor pass) {
        pass.processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .findAny()
                .ifPresent(status -> {
                    throw new IllegalStateException(
                            "The replay failed at " + ProjectionRebuild.positionOf(status), status.getError());
                });
    }

    /** Empties the projection's tables and points its tokens at the start: they stay claimed by this process. */
    private static void stopAndReset(StreamingEventProcessor projection) {
        // Wait for the shutdown to finish: a reset while it is still under way fails.
        projection.shutdownAsync().join();
        projection.resetTokens();
    }

    private TrackingEventProcessor passOverTheStream(TokenStore passTokens) {
        List<EventHandlerInvoker> handlers =
                projections.stream().map(OnePassReplay::handlersOf).toList();
        var pass = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(new MultiEventHandlerInvoker(handlers))
                .messageSource(eventStore)
                .tokenStore(passTokens)
                .transactionManager(transactions)
                .messageMonitor(axon.messageMonitor(EventProcessor.class, name))
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(batchSize))
                .build();
        // Each event is handled in its business. Not Axon's correlation data, which every processor also has:
        // projections send no messages to pass it on to, and reading it cost a rebuild 7 % of its time.
        pass.registerHandlerInterceptor(tenantPerEvent);
        return pass;
    }

    private static EventHandlerInvoker handlersOf(StreamingEventProcessor projection) {
        return processorOf(projection).eventHandlerInvoker();
    }

    private static AbstractEventProcessor processorOf(StreamingEventProcessor projection) {
        return (AbstractEventProcessor) projection;
    }

    private static long position(TrackingEventProcessor pass) {
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
