package dev.tandem.query.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the operator's rebuilds run.
 *
 * @param batchSize events a rebuild hands every projection in one transaction: larger batches mean fewer
 *     round trips and rows changed several times in a batch written once, at the price of a longer rollback
 *     when one fails
 * @param passes how many passes over the stream share the projections out, each on a thread of its own
 */
@ConfigurationProperties("tandem.replay")
public record ReplayProperties(
        @DefaultValue("1000") int batchSize,
        @DefaultValue("2") int passes) {}
