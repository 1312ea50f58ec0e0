package dev.tandem.api.webhook;

import java.time.Instant;
import java.util.List;

/** An endpoint with its signing secret: the answer that registers it or rotates its secret, the only ones that show it. */
public record WebhookEndpointWithSecret(
        String id,
        String url,
        String description,
        List<String> eventTypes,
        boolean enabled,
        String disabledReason,
        Instant createdAt,
        String secret) {

    public static WebhookEndpointWithSecret of(WebhookEndpointView endpoint, String secret) {
        return new WebhookEndpointWithSecret(
                endpoint.id(),
                endpoint.url(),
                endpoint.description(),
                endpoint.eventTypes(),
                endpoint.enabled(),
                endpoint.disabledReason(),
                endpoint.createdAt(),
                secret);
    }
}
