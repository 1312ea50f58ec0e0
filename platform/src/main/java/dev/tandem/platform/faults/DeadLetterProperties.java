package dev.tandem.platform.faults;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of the dead-letter queues, one per processing group that parks its failures.
 *
 * @param maxSequences aggregates whose events one group may park; past it the group's processor stops with an
 *     error (health DOWN) rather than park more
 * @param maxSequenceSize events one aggregate may have parked behind its first failure
 * @param stuckAfter how long a processor may keep failing before health and readiness turn DOWN
 */
@ConfigurationProperties("tandem.dead-letters")
public record DeadLetterProperties(
        @DefaultValue("1024") int maxSequences,
        @DefaultValue("1024") int maxSequenceSize,
        @DefaultValue("10s") Duration stuckAfter) {}
