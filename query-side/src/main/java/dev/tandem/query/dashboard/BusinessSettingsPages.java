package dev.tandem.query.dashboard;

import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.business.BusinessView;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.calendar.CalendarFeeds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The business's settings page: its name, time zone, currency and locale; how auto-assignment ranks providers
 * and how long an offer stays open.
 */
@Controller
class BusinessSettingsPages {

    /** The locales offered in the menu; a business that chose another through the API keeps it listed too. */
    private static final List<String> LOCALES = List.of(
            "en-US", "en-GB", "en-AU", "en-CA", "en-IE", "fr-FR", "fr-BE", "fr-CA", "fr-CH", "de-DE", "de-AT", "de-CH",
            "es-ES", "es-MX", "it-IT", "nl-NL", "nl-BE", "pt-PT", "pt-BR", "pl-PL", "sv-SE", "da-DK", "nb-NO", "fi-FI",
            "ja-JP");

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    private static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .sorted()
            .toList();

    private static final List<String> WEIGHTS = List.of("distance", "workload", "rating", "completion");

    /** A choice of the locale menu: its tag and its name in English. */
    record LocaleChoice(String tag, String name) {}

    private final Views views;
    private final CommandApi api;
    private final ProjectionBarrier projections;

    private final Duration serverOfferTimeout;
    private final PasswordChange passwords;
    private final CalendarFeeds calendars;

    BusinessSettingsPages(
            Views views,
            CommandApi api,
            ProjectionBarrier projections,
            @Value("${tandem.assignment.offer-timeout:15m}") Duration serverOfferTimeout,
            PasswordChange passwords,
            CalendarFeeds calendars) {
        this.passwords = passwords;
        this.calendars = calendars;
        this.views = views;
        this.api = api;
        this.projections = projections;
        this.serverOfferTimeout = serverOfferTimeout;
    }

    @GetMapping("/app/admin/settings")
    String settings(Caller caller, Model model) {
        return page(caller, model, settingsForm(model), weightsForm(views.assignmentPolicy(caller)));
    }

    @PostMapping("/app/admin/settings")
    String saveSettings(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var body = new LinkedHashMap<String, Object>();
        for (String field : List.of("name", "timeZone", "currency", "locale")) {
            body.put(field, form.getOrDefault(field, "").trim());
        }
        try {
            api.send(HttpMethod.PUT, "/api/admin/business", BrowserSession.current(request), body);
            projections.awaitAggregates(caller.businessId().toString());
            return "redirect:/app/admin/settings?saved";
        } catch (ApiProblem refused) {
            response.setStatus(refused.status());
            model.addAttribute("invalid", refused.fieldErrors());
            model.addAttribute(
                    "error",
                    refused.fieldErrors().isEmpty()
                            ? refused.getMessage()
                            : "Not saved: please correct the fields marked below.");
            return page(caller, model, form, weightsForm(views.assignmentPolicy(caller)));
        }
    }

    @PostMapping("/app/admin/settings/assignment")
    String saveWeights(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var body = new LinkedHashMap<String, Object>();
        var errors = new LinkedHashMap<String, String>();
        for (String weight : WEIGHTS) {
            try {
                body.put(
                        weight,
                        Double.valueOf(form.getOrDefault(weight, "").trim().replace(',', '.')));
            } catch (NumberFormatException notANumber) {
                errors.put(weight, "Enter a number from 0 to 100.");
            }
        }
        String timeout = form.getOrDefault("offerTimeoutMinutes", "").trim();
        if (!timeout.isEmpty()) {
            try {
                body.put("offerTimeoutMinutes", Integer.valueOf(timeout));
            } catch (NumberFormatException notANumber) {
                errors.put("offerTimeoutMinutes", "Enter a whole number of minutes, from 1 to 1440.");
            }
        }
        if (errors.isEmpty()) {
            try {
                api.send(HttpMethod.PUT, "/api/admin/assignment-policy", BrowserSession.current(request), body);
                projections.awaitAggregates(caller.businessId().toString());
                return "redirect:/app/admin/settings?weightsSaved";
            } catch (ApiProblem refused) {
                errors.putAll(refused.fieldErrors());
                boolean allZero = errors.remove("weights") != null;
                model.addAttribute(
                        "weightsError",
                        allZero
                                ? "Not saved: at least one factor has to count (a weight above 0)."
                                : "Not saved: please correct the weights marked below.");
            }
        }
        response.setStatus(400);
        model.addAttribute("weightsInvalid", errors);
        return page(caller, model, settingsForm(model), form);
    }

    /** The admin's own password, on the settings page; the admin's other sessions end. */
    @PostMapping("/app/admin/settings/password")
    String changePassword(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var errors = passwords.change(form, request, response);
        if (errors.isEmpty()) {
            return "redirect:/app/admin/settings?passwordChanged";
        }
        response.setStatus(400);
        model.addAttribute("passwordInvalid", errors);
        return page(caller, model, settingsForm(model), weightsForm(views.assignmentPolicy(caller)));
    }

    private String page(Caller caller, Model model, Map<String, String> form, Map<String, String> weights) {
        model.addAttribute("calendar", CalendarLink.of(calendars.addressOf(caller.businessId(), Optional.empty())));
        model.addAttribute("serviceCount", views.services(caller).size());
        model.addAttribute("form", form);
        model.addAttribute("weights", weights);
        model.addAttribute("serverOfferTimeoutMinutes", serverOfferTimeout.toMinutes());
        model.addAttribute("timeZones", TIME_ZONES);
        model.addAttribute("currencies", CURRENCIES);
        model.addAttribute("locales", localeChoices(form.get("locale")));
        return "admin/settings";
    }

    /** The business's settings as the page context read them. */
    private static Map<String, String> settingsForm(Model model) {
        BusinessView business = (BusinessView) model.getAttribute("business");
        var form = new LinkedHashMap<String, String>();
        form.put("name", business.name());
        form.put("timeZone", business.timeZone());
        form.put("currency", business.currency());
        form.put("locale", business.locale() == null ? "" : business.locale());
        return form;
    }

    private static Map<String, String> weightsForm(AssignmentPolicyView policy) {
        var form = new LinkedHashMap<String, String>();
        form.put("distance", number(policy.distance()));
        form.put("workload", number(policy.workload()));
        form.put("rating", number(policy.rating()));
        form.put("completion", number(policy.completion()));
        form.put(
                "offerTimeoutMinutes",
                policy.offerTimeoutMinutes() == null
                        ? ""
                        : policy.offerTimeoutMinutes().toString());
        return form;
    }

    private static String number(double weight) {
        return weight == Math.rint(weight) ? Long.toString((long) weight) : Double.toString(weight);
    }

    private static List<LocaleChoice> localeChoices(String current) {
        return Stream.concat(LOCALES.stream(), Stream.ofNullable(current).filter(tag -> !tag.isBlank()))
                .distinct()
                .map(tag -> new LocaleChoice(tag, Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH)))
                .sorted(Comparator.comparing(LocaleChoice::name))
                .toList();
    }
}
