package dev.tandem.query.dashboard;

import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.webhook.WebhookDeliveryView;
import dev.tandem.api.webhook.WebhookEndpointView;
import dev.tandem.api.webhook.WebhookEndpointWithSecret;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.webhook.Webhooks;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The webhooks page: add an endpoint (its secret shown once), send it a test, turn it off and on, its log. */
@Controller
class WebhookPages {

    /** An endpoint with its latest attempts, as the page lists it. */
    record EndpointRow(WebhookEndpointView endpoint, List<WebhookDeliveryView> attempts) {}

    private static final int LATEST_ATTEMPTS = 20;

    private final Webhooks webhooks;

    WebhookPages(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/app/admin/webhooks")
    String page(Caller caller, Model model) {
        return page(caller, model, Map.of(), Map.of(), null);
    }

    @PostMapping("/app/admin/webhooks")
    String add(
            @RequestParam MultiValueMap<String, String> form,
            Caller caller,
            HttpServletResponse response,
            Model model) {
        String url = form.getFirst("url");
        List<String> types = form.getOrDefault("eventTypes", List.of());
        String description = form.getFirst("description");
        var errors = new LinkedHashMap<String, String>();
        if (url == null || url.isBlank()) {
            errors.put("url", "Enter the address that receives the events, starting with https://.");
        }
        if (types.isEmpty()) {
            errors.put("eventTypes", "Choose the events to send, or all of them.");
        }
        if (errors.isEmpty()) {
            try {
                WebhookEndpointWithSecret added = webhooks.register(caller.businessId(), url, types, description);
                model.addAttribute("newSecret", added);
                return page(caller, model, Map.of(), Map.of(), null);
            } catch (InvalidInputException refused) {
                errors.put(refused.field(), words(refused));
            } catch (ConflictException refused) {
                response.setStatus(409);
                return page(caller, model, form.toSingleValueMap(), errors, refused.getMessage());
            }
        }
        response.setStatus(400);
        model.addAttribute("chosenTypes", types);
        return page(caller, model, form.toSingleValueMap(), errors, "Not added: please see the fields marked below.");
    }

    @PostMapping("/app/admin/webhooks/{id}/test")
    String sendTest(@PathVariable UUID id, Caller caller) {
        webhooks.sendTest(caller.businessId(), id);
        return "redirect:/app/admin/webhooks?testSent#endpoint-" + id;
    }

    @PostMapping("/app/admin/webhooks/{id}/enabled")
    String turn(@PathVariable UUID id, @RequestParam boolean enabled, Caller caller) {
        webhooks.change(caller.businessId(), id, new Webhooks.Changes(null, null, enabled, null));
        return "redirect:/app/admin/webhooks?" + (enabled ? "turnedOn" : "turnedOff") + "#endpoint-" + id;
    }

    @PostMapping("/app/admin/webhooks/{id}/rotate-secret")
    String rotate(@PathVariable UUID id, Caller caller, Model model) {
        model.addAttribute("newSecret", webhooks.rotateSecret(caller.businessId(), id));
        return page(caller, model, Map.of(), Map.of(), null);
    }

    @PostMapping("/app/admin/webhooks/{id}/delete")
    String delete(@PathVariable UUID id, Caller caller) {
        webhooks.delete(caller.businessId(), id);
        return "redirect:/app/admin/webhooks?deleted";
    }

    @PostMapping("/app/admin/webhooks/{id}/deliveries/{deliveryId}/retry")
    String retry(@PathVariable UUID id, @PathVariable UUID deliveryId, Caller caller) {
        webhooks.retry(caller.businessId(), id, deliveryId);
        return "redirect:/app/admin/webhooks?retried#endpoint-" + id;
    }

    private String page(
            Caller caller, Model model, Map<String, String> form, Map<String, String> errors, String error) {
        model.addAttribute(
                "endpoints",
                webhooks.all(caller.businessId()).stream()
                        .map(endpoint -> new EndpointRow(
                                endpoint,
                                webhooks.deliveries(
                                                caller.businessId(),
                                                UUID.fromString(endpoint.id()),
                                                null,
                                                LATEST_ATTEMPTS,
                                                null)
                                        .items()))
                        .toList());
        model.addAttribute("eventTypes", Webhooks.eventTypes());
        model.addAttribute("form", form);
        model.addAttribute("invalid", errors);
        model.addAttribute("error", error);
        if (!model.containsAttribute("chosenTypes")) {
            model.addAttribute("chosenTypes", List.of());
        }
        return "admin/webhooks";
    }

    /** The service's reason as a sentence about the field. */
    private static String words(InvalidInputException refused) {
        String reason = refused.getMessage();
        return switch (refused.field()) {
            case "url" -> "This address " + reason + ".";
            default -> Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
        };
    }
}
