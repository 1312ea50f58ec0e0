package dev.tandem.query.webhook;

import dev.tandem.api.Page;
import dev.tandem.api.webhook.WebhookDeliveryView;
import dev.tandem.api.webhook.WebhookEndpointView;
import dev.tandem.api.webhook.WebhookEndpointWithSecret;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.Owned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A business's webhook endpoints (docs/api.md, Webhooks): register, change, rotate, and their deliveries. */
@RestController
class WebhookController {

    record NewEndpointRequest(
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = 40) List<@NotBlank @Size(max = 64) String> eventTypes,
            @Size(max = 500) String description) {}

    record EndpointChangeRequest(
            @Size(min = 1, max = 2000) String url,
            @Size(min = 1, max = 40) List<@NotBlank @Size(max = 64) String> eventTypes,
            Boolean enabled,
            @Size(max = 500) String description) {}

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/admin/webhooks")
    ResponseEntity<WebhookEndpointWithSecret> register(@Valid @RequestBody NewEndpointRequest request, Caller caller) {
        var registered =
                webhooks.register(caller.businessId(), request.url(), request.eventTypes(), request.description());
        return ResponseEntity.created(URI.create("/api/admin/webhooks/" + registered.id()))
                .body(registered);
    }

    @GetMapping("/api/admin/webhooks")
    Page<WebhookEndpointView> all(Caller caller) {
        return new Page<>(webhooks.all(caller.businessId()), null);
    }

    @GetMapping("/api/admin/webhooks/{id}")
    WebhookEndpointView one(@PathVariable @Owned(Webhooks.class) UUID id, Caller caller) {
        return webhooks.find(caller.businessId(), id);
    }

    @PatchMapping("/api/admin/webhooks/{id}")
    WebhookEndpointView change(
            @PathVariable @Owned(Webhooks.class) UUID id,
            @Valid @RequestBody EndpointChangeRequest request,
            Caller caller) {
        return webhooks.change(
                caller.businessId(),
                id,
                new Webhooks.Changes(request.url(), request.eventTypes(), request.enabled(), request.description()));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/admin/webhooks/{id}")
    ResponseEntity<Void> delete(@PathVariable @Owned(Webhooks.class) UUID id, Caller caller) {
        webhooks.delete(caller.businessId(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/admin/webhooks/{id}/rotate-secret")
    WebhookEndpointWithSecret rotateSecret(@PathVariable @Owned(Webhooks.class) UUID id, Caller caller) {
        return webhooks.rotateSecret(caller.businessId(), id);
    }

    /** Queues a {@code webhook.test} event for this endpoint alone. */
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/api/admin/webhooks/{id}/test")
    ResponseEntity<Void> sendTest(@PathVariable @Owned(Webhooks.class) UUID id, Caller caller) {
        webhooks.sendTest(caller.businessId(), id);
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/api/admin/webhooks/{id}/deliveries")
    Page<WebhookDeliveryView> deliveries(
            @PathVariable @Owned(Webhooks.class) UUID id,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            Caller caller) {
        return webhooks.deliveries(caller.businessId(), id, status, limit, cursor);
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/api/admin/webhooks/{id}/deliveries/{deliveryId}/retry")
    ResponseEntity<Void> retry(
            @PathVariable @Owned(Webhooks.class) UUID id, @PathVariable UUID deliveryId, Caller caller) {
        webhooks.retry(caller.businessId(), id, deliveryId);
        return ResponseEntity.accepted().build();
    }
}
