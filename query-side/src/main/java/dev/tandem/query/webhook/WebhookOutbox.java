package dev.tandem.query.webhook;

import dev.tandem.api.BusinessMessage;
import dev.tandem.query.live.EventTypes;
import dev.tandem.query.live.LiveEnvelopes;
import dev.tandem.query.live.LiveEvent;
import dev.tandem.query.webhook.WebhookEndpoints.Endpoint;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues each committed event for the business's endpoints that subscribe to its type, in the transaction that
 * moves the processor's token: an event is queued once, whatever happens to the process. The processor keeps a
 * durable token and starts at the head of the stream when first deployed; no rebuild resets it, so a rebuild
 * sends nothing ({@link WebhookConfiguration}).
 */
@Component
@ProcessingGroup(WebhookOutbox.PROCESSING_GROUP)
class WebhookOutbox {

    static final String PROCESSING_GROUP = "webhooks";

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final LiveEnvelopes envelopes;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(
            WebhookEndpoints endpoints,
            WebhookDeliveries deliveries,
            LiveEnvelopes envelopes,
            JsonMapper json,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.envelopes = envelopes;
        this.json = json;
        this.clock = clock;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        if (!(payload instanceof BusinessMessage scoped)) {
            return;
        }
        Optional<String> type = EventTypes.of(payload);
        if (type.isEmpty()) {
            return;
        }
        List<Endpoint> subscribed = endpoints.all(scoped.businessId()).stream()
                .filter(endpoint -> endpoint.wants(type.get()))
                .toList();
        if (subscribed.isEmpty()) {
            return;
        }
        LiveEvent envelope =
                envelopes.of(payload, event, token, PROCESSING_GROUP).orElseThrow();
        String body = json.writeValueAsString(envelope);
        long position = token == null ? 0 : token.position().orElse(0);
        for (Endpoint endpoint : subscribed) {
            deliveries.enqueue(
                    scoped.businessId(),
                    endpoint.id(),
                    envelope.id(),
                    envelope.type(),
                    envelope.aggregateId(),
                    position,
                    body,
                    clock.instant());
        }
    }
}
