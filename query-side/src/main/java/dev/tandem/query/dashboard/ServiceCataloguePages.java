package dev.tandem.query.dashboard;

import dev.tandem.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The service catalogue page: what the business sells, for how long and at what price, and who may do it. */
@Controller
class ServiceCataloguePages {

    private final Views views;
    private final CommandApi api;

    ServiceCataloguePages(Views views, CommandApi api) {
        this.views = views;
        this.api = api;
    }

    @GetMapping("/app/admin/services")
    String services(Caller caller, Model model) {
        var form = new LinkedHashMap<String, String>();
        form.put("duration", "60");
        return page(caller, model, form, null, Map.of());
    }

    @PostMapping("/app/admin/services")
    String add(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var errors = new LinkedHashMap<String, String>();
        var body = body(form, here, errors);
        if (errors.isEmpty()) {
            try {
                api.send(HttpMethod.POST, "/api/admin/services", BrowserSession.current(request), body);
                return "redirect:/app/admin/services?added";
            } catch (ApiProblem refused) {
                refused.fieldErrors().forEach((field, message) -> errors.put(formField(field), message));
            }
        }
        response.setStatus(400);
        return page(caller, model, form, null, errors);
    }

    @PostMapping("/app/admin/services/{id}")
    String change(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var errors = new LinkedHashMap<String, String>();
        var body = body(form, here, errors);
        body.putIfAbsent("skill", "");
        if (errors.isEmpty()) {
            try {
                api.send(HttpMethod.PUT, "/api/admin/services/" + id, BrowserSession.current(request), body);
                return "redirect:/app/admin/services?saved";
            } catch (ApiProblem refused) {
                if (refused.status() == 404) {
                    throw refused;
                }
                refused.fieldErrors().forEach((field, message) -> errors.put(formField(field), message));
            }
        }
        response.setStatus(400);
        var blank = new LinkedHashMap<String, String>();
        blank.put("duration", "60");
        model.addAttribute("editForm", form);
        return page(caller, model, blank, id.toString(), errors);
    }

    @PostMapping("/app/admin/services/{id}/remove")
    String remove(@PathVariable UUID id, HttpServletRequest request) {
        api.send(HttpMethod.DELETE, "/api/admin/services/" + id, BrowserSession.current(request), null);
        return "redirect:/app/admin/services?removed";
    }

    private String page(
            Caller caller, Model model, Map<String, String> form, String editing, Map<String, String> errors) {
        model.addAttribute("services", views.services(caller));
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("invalid", errors);
        return "admin/services";
    }

    /** The form's fields as the API's body; what cannot be read gets its message next to its field. */
    private static Map<String, Object> body(Map<String, String> form, Locality here, Map<String, String> errors) {
        var body = new LinkedHashMap<String, Object>();
        String name = form.getOrDefault("name", "").trim();
        if (name.isEmpty()) {
            errors.put("name", "Enter the name of the service.");
        }
        body.put("name", name);
        try {
            body.put(
                    "defaultDurationMinutes",
                    Integer.valueOf(form.getOrDefault("duration", "").trim()));
        } catch (NumberFormatException notANumber) {
            errors.put("duration", "Enter the usual duration in minutes, e.g. 90.");
        }
        Long price = here.minorUnits(form.getOrDefault("price", ""));
        if (price == null) {
            errors.put("price", "Enter the usual price, e.g. 45.00.");
        }
        body.put("defaultPriceCents", price);
        String skill = form.getOrDefault("skill", "").trim();
        if (!skill.isEmpty()) {
            body.put("skill", skill);
        }
        return body;
    }

    private static String formField(String apiField) {
        return switch (apiField) {
            case "defaultDurationMinutes" -> "duration";
            case "defaultPriceCents" -> "price";
            default -> apiField;
        };
    }
}
