package dev.tandem.query.dashboard;

import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.ProviderWithPayRatesView;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.calendar.CalendarFeeds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** The admin's providers: the list, inviting a new one, editing, deactivating, and pay rates with history. */
@Controller
class ProviderAdminPages {

    private static final List<String> RATE_TYPES = List.of("PERCENTAGE", "HOURLY", "FLAT");

    private final Views views;
    private final CommandApi api;
    private final ProjectionBarrier projections;
    private final CalendarFeeds calendars;

    ProviderAdminPages(Views views, CommandApi api, ProjectionBarrier projections, CalendarFeeds calendars) {
        this.views = views;
        this.api = api;
        this.projections = projections;
        this.calendars = calendars;
    }

    @GetMapping("/app/admin/providers")
    String list(Caller caller, HttpServletRequest request, Model model) {
        model.addAttribute(
                "providers",
                views.providers(caller).stream()
                        .sorted(Comparator.comparing(ProviderView::active)
                                .reversed()
                                .thenComparing(ProviderView::name, String.CASE_INSENSITIVE_ORDER))
                        .toList());
        model.addAttribute("withoutHours", views.providersWithoutHours(caller));
        return ProviderPages.htmx(request) ? "admin/providers :: list" : "admin/providers";
    }

    @GetMapping("/app/admin/providers/new")
    String newProvider(Model model) {
        return form(model, new LinkedHashMap<>(Map.of("rateType", "PERCENTAGE", "radius", "15")), Map.of(), null, null);
    }

    @PostMapping("/app/admin/providers")
    String create(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var errors = new LinkedHashMap<String, String>();
        var body = body(form, here, errors);
        body.put("email", form.getOrDefault("email", "").trim());
        if (errors.isEmpty()) {
            try {
                JsonNode created =
                        api.send(HttpMethod.POST, "/api/admin/providers", BrowserSession.current(request), body);
                projections.awaitAggregates(created.path("id").asString());
                model.addAttribute("created", created.path("name").asString());
                model.addAttribute(
                        "inviteLink",
                        ServletUriComponentsBuilder.fromContextPath(request)
                                .path("/accept-invite")
                                .queryParam("token", created.path("inviteToken").asString())
                                .build()
                                .toUriString());
                list(caller, request, model);
                return "admin/providers";
            } catch (ApiProblem refused) {
                response.setStatus(refused.status());
                refused.fieldErrors().forEach((field, message) -> errors.put(formField(field), message));
                return form(model, form, errors, refused.getMessage(), null);
            }
        }
        response.setStatus(400);
        return form(model, form, errors, "Please correct the fields marked below.", null);
    }

    @GetMapping("/app/admin/providers/{id}")
    String edit(@PathVariable UUID id, Caller caller, Model model) {
        Locality here = (Locality) model.getAttribute("here");
        ProviderView provider = views.provider(caller, new ProviderId(id));
        var form = new LinkedHashMap<String, String>();
        form.put("name", provider.name());
        form.put("phone", provider.phone() == null ? "" : provider.phone());
        form.put("skills", String.join(", ", provider.skills()));
        form.put(
                "radius",
                provider.serviceRadiusKm() == null
                        ? ""
                        : provider.serviceRadiusKm().toString());
        if (provider.home() != null) {
            form.put("lat", Double.toString(provider.home().lat()));
            form.put("lng", Double.toString(provider.home().lng()));
        }
        return providerPage(model, caller, id, form, Map.of(), null, here);
    }

    @PostMapping("/app/admin/providers/{id}")
    String save(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var errors = new LinkedHashMap<String, String>();
        var body = body(form, here, errors);
        body.remove("payRate");
        body.remove("password");
        if (errors.isEmpty()) {
            try {
                api.send(HttpMethod.PUT, "/api/admin/providers/" + id, BrowserSession.current(request), body);
                projections.awaitAggregates(id.toString());
                return "redirect:/app/admin/providers/" + id + "?saved";
            } catch (ApiProblem refused) {
                if (refused.status() == 404) {
                    throw refused;
                }
                response.setStatus(refused.status());
                refused.fieldErrors().forEach((field, message) -> errors.put(formField(field), message));
                return providerPage(model, caller, id, form, errors, refused.getMessage(), here);
            }
        }
        response.setStatus(400);
        return providerPage(model, caller, id, form, errors, "Please correct the fields marked below.", here);
    }

    @PostMapping("/app/admin/providers/{id}/pay-rate")
    String setPayRate(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var errors = new LinkedHashMap<String, String>();
        Map<String, Object> rate = rate(form, here, errors);
        if (errors.isEmpty()) {
            try {
                var body = new LinkedHashMap<String, Object>(rate);
                body.put("providerId", id);
                api.send(HttpMethod.POST, "/api/admin/providers/legacy", BrowserSession.current(request), body);
                projections.awaitAggregates(id.toString());
                return "redirect:/app/admin/providers/" + id + "?rateSet";
            } catch (ApiProblem refused) {
                if (refused.status() == 404) {
                    throw refused;
                }
                errors.put("rateAmount", refused.getMessage());
            }
        }
        response.setStatus(400);
        return edit(id, caller, model.addAttribute("rateInvalid", errors));
    }

    @PostMapping("/app/admin/providers/{id}/deactivate")
    String deactivate(@PathVariable UUID id, HttpServletRequest request) {
        api.send(HttpMethod.DELETE, "/api/admin/providers/" + id, BrowserSession.current(request), null);
        projections.awaitAggregates(id.toString());
        return "redirect:/app/admin/providers/" + id + "?deactivated";
    }

    /** The admin sets the hours of a provider, one invited without any for instance, as it would itself. */
    @PostMapping("/app/admin/providers/{id}/hours")
    String saveHours(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        var current = views.availability(caller, new ProviderId(id)).weeklyHours();
        var windows = WeeklyHoursForm.windows(form, current, errors);
        String error = null;
        if (errors.isEmpty()) {
            try {
                api.send(
                        HttpMethod.PUT,
                        "/api/admin/providers/" + id + "/availability",
                        BrowserSession.current(request),
                        JobsRelease.body(Map.of("weeklyHours", windows), request));
                projections.awaitAggregates(id.toString());
                return "redirect:/app/admin/providers/" + id + "?hoursSaved";
            } catch (ApiProblem refused) {
                if (refused.status() == 404) {
                    throw refused;
                }
                refused.fieldErrors().forEach(errors::put);
                error = refused.getMessage();
                JobsRelease.offer(refused, request, model);
            }
        }
        response.setStatus(400);
        model.addAttribute("hoursError", error == null ? "Please correct the hours marked below." : error);
        edit(id, caller, model);
        model.addAttribute("invalid", errors);
        return "admin/provider";
    }

    @PostMapping("/app/admin/providers/{id}/reactivate")
    String reactivate(@PathVariable UUID id, HttpServletRequest request) {
        api.send(HttpMethod.POST, "/api/admin/providers/" + id + "/reactivate", BrowserSession.current(request), null);
        projections.awaitAggregates(id.toString());
        return "redirect:/app/admin/providers/" + id + "?reactivated";
    }

    private ProviderWithPayRatesView payRates(Caller caller, UUID id) {
        return views.payRoll(caller).stream()
                .filter(provider -> provider.id().equals(id.toString()))
                .findFirst()
                .orElse(null);
    }

    /** A provider's page: its details form (as submitted, when it was refused), pay rates and weekly hours. */
    private String providerPage(
            Model model,
            Caller caller,
            UUID id,
            Map<String, String> form,
            Map<String, String> errors,
            String error,
            Locality here) {
        var providerId = new ProviderId(id);
        model.addAttribute(
                "calendar", CalendarLink.of(calendars.addressOf(caller.businessId(), Optional.of(providerId))));
        model.addAttribute("resetCalendar", "/app/admin/providers/" + id + "/calendar/reset");
        model.addAttribute(
                "days",
                WeeklyHoursForm.days(views.availability(caller, providerId).weeklyHours(), here.locale()));
        ProviderView provider = views.provider(caller, providerId);
        model.addAttribute("calendarWhat", provider.name() + "'s jobs");
        return form(model, form, errors, error, provider, payRates(caller, id), here);
    }

    private String form(
            Model model, Map<String, String> form, Map<String, String> errors, String error, ProviderView provider) {
        return form(model, form, errors, error, provider, null, null);
    }

    private String form(
            Model model,
            Map<String, String> form,
            Map<String, String> errors,
            String error,
            ProviderView provider,
            ProviderWithPayRatesView payRoll,
            Locality here) {
        model.addAttribute("form", form);
        model.addAttribute("invalid", errors);
        model.addAttribute("error", error);
        model.addAttribute("provider", provider);
        model.addAttribute("payRoll", payRoll);
        model.addAttribute("rateTypes", RATE_TYPES);
        return provider == null ? "admin/provider-new" : "admin/provider";
    }

    private static Map<String, Object> body(Map<String, String> form, Locality here, Map<String, String> errors) {
        var body = new LinkedHashMap<String, Object>();
        String name = form.getOrDefault("name", "").trim();
        if (name.isEmpty()) {
            errors.put("name", "Enter the provider's name.");
        }
        body.put("name", name);
        String phone = form.getOrDefault("phone", "").trim();
        if (!phone.isEmpty()) {
            body.put("phone", phone);
        }
        body.put(
                "skills",
                Arrays.stream(form.getOrDefault("skills", "").split(","))
                        .map(String::trim)
                        .filter(skill -> !skill.isEmpty())
                        .toList());
        String lat = form.getOrDefault("lat", "").trim();
        String lng = form.getOrDefault("lng", "").trim();
        if (!lat.isEmpty() || !lng.isEmpty()) {
            try {
                body.put("home", Map.of("lat", Double.parseDouble(lat), "lng", Double.parseDouble(lng)));
            } catch (NumberFormatException e) {
                errors.put("lat", "Enter the home's latitude and longitude, e.g. 48.8566 and 2.3522.");
            }
        }
        String radius = form.getOrDefault("radius", "").trim();
        if (!radius.isEmpty()) {
            try {
                body.put("serviceRadiusKm", Integer.parseInt(radius));
            } catch (NumberFormatException e) {
                errors.put("radius", "Enter whole kilometres, e.g. 15.");
            }
        }
        if (!form.getOrDefault("rateAmount", "").isBlank()) {
            body.put("payRate", rate(form, here, errors));
        }
        return body;
    }

    /** A pay rate as the form has it: a percentage (25 = 25 %), or an amount of money per hour or per job. */
    private static Map<String, Object> rate(Map<String, String> form, Locality here, Map<String, String> errors) {
        String type = form.getOrDefault("rateType", "PERCENTAGE");
        String amount = form.getOrDefault("rateAmount", "").trim();
        Long value = null;
        if ("PERCENTAGE".equals(type)) {
            try {
                value = new java.math.BigDecimal(amount.replace(',', '.'))
                        .movePointRight(2)
                        .setScale(0, java.math.RoundingMode.HALF_EVEN)
                        .longValueExact();
            } catch (RuntimeException e) {
                value = null;
            }
        } else {
            value = here.minorUnits(amount);
        }
        if (value == null || value < 0) {
            errors.put("rateAmount", "Enter the rate, e.g. 25 (%) or 18.00.");
        }
        var rate = new LinkedHashMap<String, Object>();
        rate.put("type", type);
        rate.put("amount", value);
        return rate;
    }

    private static String formField(String apiField) {
        return switch (apiField) {
            case "serviceRadiusKm" -> "radius";
            case "home", "home.lat", "home.lng" -> "lat";
            case "payRate", "payRate.amount", "payRate.type" -> "rateAmount";
            default -> apiField;
        };
    }
}
