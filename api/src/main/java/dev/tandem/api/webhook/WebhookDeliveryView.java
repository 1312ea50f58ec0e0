package dev.tandem.api.webhook;

import dev.tandem.api.Instants;
import java.time.Instant;

/**
 * One attempt at delivering an event to an endpoint, as the delivery log lists it: {@code id} is the delivery's
 * (the same for every attempt at one event, and the one to retry), {@code status} this attempt's outcome
 * ({@code SUCCEEDED} or {@code FAILED}), the answer (its status and the first 500 characters of its body) or why
 * there was none, and when the delivery is tried again after it, if it is.
 */
public record WebhookDeliveryView(
        String id,
        String eventId,
        String eventType,
        int attempt,
        String status,
        Integer responseStatus,
        String responseExcerpt,
        String error,
        int durationMs,
        Instant attemptedAt,
        Instant nextAttemptAt) {

    public WebhookDeliveryView {
        attemptedAt = Instants.millis(attemptedAt);
        nextAttemptAt = Instants.millis(nextAttemptAt);
    }
}
