package dev.tandem.query.webhook;

import dev.tandem.api.Page;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.webhook.WebhookDeliveryView;
import dev.tandem.api.webhook.WebhookEndpointView;
import dev.tandem.api.webhook.WebhookEndpointWithSecret;
import dev.tandem.kernel.BusinessId;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.tenancy.TenantTransactions;
import dev.tandem.platform.web.OwnershipCheck;
import dev.tandem.query.live.EventTypes;
import dev.tandem.query.live.LiveEvent;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.webhook.WebhookEndpoints.Endpoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A business's webhook endpoints and their deliveries, for the API and the dashboard alike. */
@Component
public class Webhooks implements OwnershipCheck {

    /** What may change on an endpoint; null leaves a part as it is. */
    public record Changes(String url, List<String> eventTypes, Boolean enabled, String description) {}

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final TenantTransactions tenants;
    private final WebhookProperties properties;
    private final WebhookAddressPolicy addresses;
    private final JsonMapper json;
    private final Clock clock;

    Webhooks(
            WebhookEndpoints endpoints,
            WebhookDeliveries deliveries,
            TenantTransactions tenants,
            WebhookProperties properties,
            JsonMapper json,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.tenants = tenants;
        this.properties = properties;
        this.addresses = new WebhookAddressPolicy(properties.allowPrivateAddresses());
        this.json = json;
        this.clock = clock;
    }

    /** The event types an endpoint may subscribe to, besides {@code *} for all. */
    public static SortedSet<String> eventTypes() {
        return EventTypes.names();
    }

    public WebhookEndpointWithSecret register(BusinessId business, String url, List<String> types, String description) {
        String checkedUrl = checkedUrl(url);
        List<String> checkedTypes = checkedTypes(types);
        String secret = WebhookSignatures.newSecret();
        Instant now = clock.instant();
        var endpoint = new Endpoint(
                UUID.randomUUID(),
                business,
                checkedUrl,
                blankToNull(description),
                checkedTypes,
                secret,
                null,
                null,
                true,
                null,
                0,
                now);
        tenants.inBusiness(business, () -> {
            if (endpoints.count(business) >= properties.endpointsPerBusiness()) {
                throw new ConflictException("A business has at most " + properties.endpointsPerBusiness()
                        + " webhook endpoints: remove one first.");
            }
            endpoints.add(endpoint, now);
        });
        return WebhookEndpointWithSecret.of(endpoint.view(), secret);
    }

    /** An endpoint is its business's admins' to see; to anyone else it does not exist. */
    @Override
    public void requireVisibleTo(Caller caller, UUID id) {
        find(caller.businessId(), id);
    }

    public List<WebhookEndpointView> all(BusinessId business) {
        return tenants.inBusiness(
                business,
                () -> endpoints.all(business).stream().map(Endpoint::view).toList());
    }

    public WebhookEndpointView find(BusinessId business, UUID id) {
        return tenants.inBusiness(business, () -> existing(business, id).view());
    }

    /** Turning an endpoint on again starts its count of failures afresh. */
    public WebhookEndpointView change(BusinessId business, UUID id, Changes changes) {
        String url = changes.url() == null ? null : checkedUrl(changes.url());
        List<String> types = changes.eventTypes() == null ? null : checkedTypes(changes.eventTypes());
        return tenants.inBusiness(business, () -> {
            Endpoint current = existing(business, id);
            boolean enabled = changes.enabled() == null ? current.enabled() : changes.enabled();
            boolean turnedOn = enabled && !current.enabled();
            var changed = new Endpoint(
                    id,
                    business,
                    url == null ? current.url() : url,
                    changes.description() == null ? current.description() : blankToNull(changes.description()),
                    types == null ? current.eventTypes() : types,
                    current.secret(),
                    current.previousSecret(),
                    current.previousSecretUntil(),
                    enabled,
                    enabled ? null : current.disabledReason(),
                    turnedOn ? 0 : current.failedInARow(),
                    current.createdAt());
            endpoints.change(changed, clock.instant());
            if (!enabled && current.enabled()) {
                deliveries.failPending(id);
            }
            return changed.view();
        });
    }

    public void delete(BusinessId business, UUID id) {
        tenants.inBusiness(business, () -> {
            if (!endpoints.delete(business, id)) {
                throw new NotFoundException("No such webhook endpoint.");
            }
        });
    }

    /** A new secret; the old one goes on signing beside it for {@code previousSecretValidity}. */
    public WebhookEndpointWithSecret rotateSecret(BusinessId business, UUID id) {
        String secret = WebhookSignatures.newSecret();
        Instant now = clock.instant();
        return tenants.inBusiness(business, () -> {
            Endpoint endpoint = existing(business, id);
            endpoints.rotate(id, secret, now.plus(properties.previousSecretValidity()), now);
            return WebhookEndpointWithSecret.of(endpoint.view(), secret);
        });
    }

    public Page<WebhookDeliveryView> deliveries(
            BusinessId business, UUID id, String status, Integer limit, String cursor) {
        String checkedStatus = checkedStatus(status);
        int size = Keyset.limit(limit);
        return tenants.inBusiness(business, () -> {
            existing(business, id);
            List<WebhookDeliveryView> found = deliveries.page(business, id, checkedStatus, size + 1, cursor);
            if (found.size() <= size) {
                return new Page<>(found, null);
            }
            List<WebhookDeliveryView> page = new ArrayList<>(found.subList(0, size));
            return new Page<>(page, deliveries.cursorAfter(business, page.getLast()));
        });
    }

    public void retry(BusinessId business, UUID id, UUID deliveryId) {
        tenants.inBusiness(business, () -> {
            existing(business, id);
            if (!deliveries.retry(business, id, deliveryId, clock.instant())) {
                throw new NotFoundException("No such delivery.");
            }
        });
    }

    /**
     * Queues a {@code webhook.test} event for the endpoint alone, signed and logged like any: to check the
     * receiver before real events arrive.
     */
    public void sendTest(BusinessId business, UUID id) {
        Instant now = clock.instant();
        var envelope = new LiveEvent(
                UUID.randomUUID().toString(),
                "webhook.test",
                business.toString(),
                null,
                null,
                now,
                Map.of("message", "A test from Tandem: this endpoint receives the business's events."));
        String body = json.writeValueAsString(envelope);
        tenants.inBusiness(business, () -> {
            Endpoint endpoint = existing(business, id);
            if (!endpoint.enabled()) {
                throw new ConflictException("This endpoint is turned off: turn it on to send it a test.");
            }
            deliveries.enqueue(business, id, envelope.id(), envelope.type(), null, 0, body, now);
        });
    }

    private Endpoint existing(BusinessId business, UUID id) {
        return endpoints.find(business, id).orElseThrow(() -> new NotFoundException("No such webhook endpoint."));
    }

    private String checkedUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        addresses.problemWith(trimmed).ifPresent(problem -> {
            throw new InvalidInputException("url", problem);
        });
        return trimmed;
    }

    private static List<String> checkedTypes(List<String> types) {
        var known = new TreeSet<>(EventTypes.names());
        var chosen = new LinkedHashSet<String>();
        for (String type : types) {
            String name = type == null ? "" : type.strip();
            if (!name.equals(Endpoint.EVERY_TYPE) && !known.contains(name)) {
                throw new InvalidInputException(
                        "eventTypes", "\"" + name + "\" is not an event type; choose from " + known + " or \"*\"");
            }
            chosen.add(name);
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException("eventTypes", "choose at least one event type, or \"*\" for all");
        }
        return chosen.contains(Endpoint.EVERY_TYPE) ? List.of(Endpoint.EVERY_TYPE) : List.copyOf(chosen);
    }

    private static String checkedStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String upper = status.strip().toUpperCase(java.util.Locale.ROOT);
        if (!List.of(WebhookDeliveries.PENDING, WebhookDeliveries.SUCCEEDED, WebhookDeliveries.FAILED)
                .contains(upper)) {
            throw new InvalidInputException("status", "must be pending, succeeded or failed");
        }
        return upper;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
