package dev.tandem.query.webhook;

import dev.tandem.api.webhook.WebhookEndpointDisabled;
import dev.tandem.platform.tenancy.TenantTransactions;
import dev.tandem.query.webhook.WebhookDeliveries.Due;
import dev.tandem.query.webhook.WebhookDeliveries.Outcome;
import dev.tandem.query.webhook.WebhookEndpoints.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due: every {@code pollInterval} it takes up to {@code batchSize} deliveries (leased, so several
 * instances share the queue without sending one twice at once) and sends them on at most {@code senders} threads,
 * each signed, to an address checked again as it resolves now, redirects not followed, the answer read no further
 * than an excerpt. A failed attempt is tried again after the next of the retry delays; the last failed, the
 * delivery has failed, and an endpoint whose deliveries fail for good so many times in a row is turned off and the
 * admins told.
 */
@Component
class WebhookSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int EXCERPT_BYTES = 500;

    private final WebhookDeliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final TenantTransactions tenants;
    private final TransactionTemplate transactions;
    private final WebhookProperties properties;
    private final WebhookAddressPolicy addresses;
    private final EventBus events;
    private final Clock clock;
    private final HttpClient http;
    private ScheduledExecutorService poller;
    /** When the failure to take deliveries was last logged: the poller's thread alone reads and writes it. */
    private Instant lastWarned;

    private ExecutorService senders;

    WebhookSender(
            WebhookDeliveries deliveries,
            WebhookEndpoints endpoints,
            TenantTransactions tenants,
            TransactionTemplate transactions,
            WebhookProperties properties,
            EventBus events,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.tenants = tenants;
        this.transactions = transactions;
        this.properties = properties;
        this.addresses = new WebhookAddressPolicy(properties.allowPrivateAddresses());
        this.events = events;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public synchronized void start() {
        senders = Executors.newFixedThreadPool(
                properties.senders(),
                Thread.ofPlatform().name("webhook-sender-", 0).daemon().factory());
        poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("webhook-poller").daemon().factory());
        long every = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::sendWhatIsDue, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            senders.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }

    /** One look at the queue: what is due is sent, all of it before the next look. */
    void sendWhatIsDue() {
        try {
            Instant now = clock.instant();
            Instant leaseUntil = now.plus(properties.timeout()).plus(Duration.ofSeconds(30));
            List<Due> due = transactions.execute(status -> deliveries.takeDue(now, leaseUntil, properties.batchSize()));
            if (due == null || due.isEmpty()) {
                return;
            }
            senders.invokeAll(due.stream()
                    .map(delivery -> (Callable<Void>) () -> {
                        attempt(delivery);
                        return null;
                    })
                    .toList());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The queue is looked at again at the next interval; nothing taken is lost (its lease runs out). Said
            // once a minute at most: with the database away it fails at every look.
            Instant now = clock.instant();
            if (lastWarned == null || now.isAfter(lastWarned.plusSeconds(60))) {
                lastWarned = now;
                log.warn(
                        "Webhook deliveries could not be taken (looking again every {}): {}",
                        properties.pollInterval(),
                        e.toString());
            }
        }
    }

    private void attempt(Due delivery) {
        try {
            Optional<Endpoint> endpoint = tenants.inBusiness(
                    delivery.business(), () -> endpoints.find(delivery.business(), delivery.endpointId()));
            if (endpoint.isEmpty()) {
                return; // deleted meanwhile: its deliveries went with it
            }
            Instant at = clock.instant();
            Outcome outcome = send(endpoint.get(), delivery, at);
            record(endpoint.get(), delivery, outcome, at);
        } catch (RuntimeException e) {
            log.warn("Webhook delivery {} not recorded, to be tried again: {}", delivery.id(), e.toString());
        }
    }

    private Outcome send(Endpoint endpoint, Due delivery, Instant at) {
        Optional<String> refused = addresses.problemWith(endpoint.url());
        if (refused.isPresent()) {
            return new Outcome(null, null, "Not sent: the address " + refused.get() + ".", 0);
        }
        long timestamp = at.getEpochSecond();
        String signatures = String.join(
                " ",
                endpoint.signingSecrets(at).stream()
                        .map(secret -> WebhookSignatures.sign(secret, delivery.eventId(), timestamp, delivery.body()))
                        .toList());
        var request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tandem-Webhooks/1")
                .header("webhook-id", delivery.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures)
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream body = response.body()) {
                excerpt = new String(body.readNBytes(EXCERPT_BYTES), StandardCharsets.UTF_8);
            }
            return new Outcome(response.statusCode(), excerpt, null, millisSince(started));
        } catch (HttpTimeoutException slow) {
            return new Outcome(
                    null, null, "No answer within " + properties.timeout().toSeconds() + " s.", millisSince(started));
        } catch (IOException unreachable) {
            return new Outcome(null, null, "Could not be reached: " + unreachable, millisSince(started));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return new Outcome(null, null, "Interrupted as the server stopped.", millisSince(started));
        }
    }

    private void record(Endpoint endpoint, Due delivery, Outcome outcome, Instant at) {
        int attempt = delivery.attempt() + 1;
        Instant next = outcome.succeeded()
                ? null
                : properties.delayAfter(attempt).map(at::plus).orElse(null);
        tenants.inBusiness(delivery.business(), () -> {
            deliveries.attempted(delivery, attempt, outcome, at, next);
            if (outcome.succeeded()) {
                endpoints.succeededDelivery(endpoint.id());
            } else if (next == null
                    && endpoints.failedDelivery(endpoint.id()) >= properties.disableAfterFailedDeliveries()) {
                turnOff(endpoint, outcome, at);
            }
        });
    }

    private void turnOff(Endpoint endpoint, Outcome last, Instant at) {
        String reason = properties.disableAfterFailedDeliveries() + " deliveries in a row failed, the last: "
                + (last.responseStatus() != null ? "answered " + last.responseStatus() : last.error());
        if (endpoints.disable(endpoint.id(), reason, at)) {
            deliveries.failPending(endpoint.id());
            events.publish(GenericEventMessage.asEventMessage(
                    new WebhookEndpointDisabled(endpoint.business(), endpoint.id(), endpoint.url(), reason)));
        }
    }

    private static int millisSince(long started) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
}
