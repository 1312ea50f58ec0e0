package dev.tandem.platform.eventstore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How tracking processors treat gaps in the global index (see docs/adr/0002-event-store.md). A gap is an
 * index taken by a transaction that has not committed yet, or never will.
 *
 * @param gapTimeout how long a gap is waited for before it is taken for a rolled-back transaction
 * @param gapCleaningThreshold how many gaps a token may carry before old ones are cleaned
 * @param maxGapOffset how far behind the highest index a gap is still tracked
 * @param batchSize events read from the store at once
 * @param fetchDelay how soon the store is read again after a read that found no new events, when no commit
 *     woke the readers before (they are woken at every commit, of this process or another)
 * @param idleWait how long a processor with nothing to do waits for events before it renews its claim on its
 *     token, which costs a statement: Axon's default, a second, had an idle server renew a dozen claims a
 *     second. Well within the claims' 10 s timeout; new events end the wait at once, whatever its length
 * @param handlingBatchSize events a processor handles in one transaction when more are waiting (one alone
 *     is handled at once)
 */
@ConfigurationProperties("tandem.event-store")
public record EventStoreProperties(
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("250") int gapCleaningThreshold,
        @DefaultValue("10000") int maxGapOffset,
        @DefaultValue("100") int batchSize,
        @DefaultValue("5s") Duration fetchDelay,
        @DefaultValue("50") int handlingBatchSize,
        @DefaultValue("2s") Duration idleWait) {}
