package dev.tandem.api.webhook;

import dev.tandem.api.Instants;
import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint as an admin sees it, without its secret (shown once, {@link WebhookEndpointWithSecret}).
 * {@code disabledReason} says why Tandem turned it off, when it did.
 */
public record WebhookEndpointView(
        String id,
        String url,
        String description,
        List<String> eventTypes,
        boolean enabled,
        String disabledReason,
        Instant createdAt) {

    public WebhookEndpointView {
        createdAt = Instants.millis(createdAt);
    }
}
