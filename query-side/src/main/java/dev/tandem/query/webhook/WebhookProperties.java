package dev.tandem.query.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outbound webhooks (docs/webhooks.md).
 *
 * @param allowPrivateAddresses let endpoints on loopback and private addresses (and plain http) receive
 *     deliveries, for development; link-local and cloud-metadata addresses are refused even then
 * @param retryDelays the waits after a failed attempt before the next: one attempt more than there are waits,
 *     then the delivery has failed (by default the first retry comes after 10 s, the last about 27 h after the
 *     first attempt)
 * @param timeout how long a receiver has to answer 2xx
 * @param pollInterval how often the sender looks for deliveries that are due
 * @param batchSize deliveries one look takes at most
 * @param senders deliveries sent at once, at most
 * @param disableAfterFailedDeliveries deliveries failed for good in a row after which an endpoint is turned off
 * @param previousSecretValidity how long the secret before a rotation still signs beside the new one
 * @param endpointsPerBusiness endpoints a business may have
 */
@ConfigurationProperties("tandem.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowPrivateAddresses,

        @DefaultValue({"10s", "1m", "5m", "30m", "2h", "5h", "10h", "10h"})
        List<Duration> retryDelays,

        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("4") int senders,
        @DefaultValue("5") int disableAfterFailedDeliveries,
        @DefaultValue("24h") Duration previousSecretValidity,
        @DefaultValue("20") int endpointsPerBusiness) {

    /** The wait before attempt number {@code attempt + 1}, after {@code attempt} attempts; empty when none is left. */
    java.util.Optional<Duration> delayAfter(int attempt) {
        return attempt >= 1 && attempt <= retryDelays.size()
                ? java.util.Optional.of(retryDelays.get(attempt - 1))
                : java.util.Optional.empty();
    }
}
