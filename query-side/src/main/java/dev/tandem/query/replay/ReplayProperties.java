package dev.tandem.query.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the operator's rebuilds run.
 *
 * @param batchSize events a rebuild worker hands every projection in one transaction: larger batches mean
 *     fewer round trips and rows changed several times in a batch written once, at the price of a longer
 *     rollback when one fails
 * @param workers how many threads share the businesses out, each handling its businesses' events in
 *     transactions of its own while the others wait for the database
 */
@ConfigurationProperties("tandem.replay")
public record ReplayProperties(
        @DefaultValue("1000") int batchSize,
        @DefaultValue("2") int workers) {}
