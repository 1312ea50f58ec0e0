package dev.tandem.query.dashboard;

import dev.tandem.api.booking.BookingView;
import dev.tandem.api.catalogue.ServiceView;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.booking.BookingPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's bookings: the list with its filters, a new booking, and one booking with its history. */
@Controller
class BookingPages {

    private final Views views;
    private final CommandApi api;
    private final ProjectionBarrier projections;
    private final AddressLookup addresses;

    BookingPages(Views views, CommandApi api, ProjectionBarrier projections, AddressLookup addresses) {
        this.views = views;
        this.api = api;
        this.projections = projections;
        this.addresses = addresses;
    }

    @GetMapping("/app/admin/bookings")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String providerId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "soonest") String order,
            Caller caller,
            HttpServletRequest request,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        if (request.getQueryString() == null) {
            // The list opens on what is ahead; clearing From shows the past too.
            from = here.today().toString();
        }
        BookingStatus wanted = parseStatus(status);
        ProviderId provider = providerOrNull(providerId);
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        boolean latestFirst = "latest".equals(order);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            model.addAttribute("filterError", "“To” is before “From”: no day lies between them.");
            model.addAttribute("bookings", List.of());
        } else {
            BookingPage page = views.bookingsPage(
                    caller,
                    provider,
                    wanted,
                    fromDay == null ? null : here.startOf(fromDay),
                    toDay == null ? null : here.startOf(toDay.plusDays(1)),
                    cursor,
                    latestFirst);
            model.addAttribute("bookings", page.items());
            model.addAttribute("nextCursor", page.nextCursor());
        }
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        model.addAttribute(
                "filter",
                Map.of(
                        "status", status == null ? "" : status,
                        "providerId", providerId == null ? "" : providerId,
                        "from", from == null ? "" : from,
                        "to", to == null ? "" : to,
                        "order", latestFirst ? "latest" : "soonest"));
        model.addAttribute("statuses", BookingStatus.values());
        providers(caller, model);
        return ProviderPages.htmx(request) ? "admin/bookings :: list" : "admin/bookings";
    }

    @GetMapping("/app/admin/bookings/new")
    String newBooking(Caller caller, Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var form = new LinkedHashMap<String, String>();
        // Bookings lie ahead: the form starts on tomorrow morning, never on an hour already gone.
        form.put("date", here.today().plusDays(1).toString());
        form.put("time", "09:00");
        form.put("duration", "60");
        return bookingForm(caller, model, form, Map.of(), null);
    }

    @PostMapping("/app/admin/bookings")
    String create(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var errors = new LinkedHashMap<String, String>();
        var filled = withCatalogueDefaults(form, views.services(caller), here);
        if (form.getOrDefault("customerId", "").isBlank()) {
            var placed = addresses.place(form, "new");
            if (placed.isPlaced()) {
                filled.put("newLat", placed.lat().toString());
                filled.put("newLng", placed.lng().toString());
            } else {
                errors.put(placed.field(), placed.problem());
                model.addAttribute("placeChoices", placed.choices());
            }
        }
        var body = BookingForm.createBody(filled, here, errors);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return bookingForm(caller, model, form, errors, "Please correct the fields marked below.");
        }
        try {
            var created = api.send(HttpMethod.POST, "/api/bookings", BrowserSession.current(request), body);
            String id = created.path("id").asString();
            projections.awaitAggregates(id);
            return "redirect:/app/admin/bookings/" + id;
        } catch (ApiProblem refused) {
            response.setStatus(refused.status());
            refused.fieldErrors().forEach((field, message) -> errors.put(BookingForm.formField(field), message));
            if (refused.status() == 409) {
                errors.putIfAbsent("providerId", refused.getMessage());
            }
            return bookingForm(caller, model, form, errors, refused.getMessage());
        }
    }

    @GetMapping("/app/admin/bookings/{id}")
    String booking(@PathVariable UUID id, Caller caller, HttpServletRequest request, Model model) {
        BookingView booking = views.booking(caller, id);
        model.addAttribute("booking", booking);
        model.addAttribute("earning", "COMPLETED".equals(booking.status()) ? views.bookingEarning(caller, id) : null);
        model.addAttribute("history", views.bookingStory(caller, id, (Locality) model.getAttribute("here")));
        providers(caller, model);
        return ProviderPages.htmx(request) ? "admin/booking :: detail" : "admin/booking";
    }

    @PostMapping("/app/admin/bookings/{id}/reschedule")
    String reschedule(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var errors = new LinkedHashMap<String, String>();
        var body = new LinkedHashMap<String, Object>();
        BookingForm.start(form, here, errors, body);
        BookingForm.arrivalWindow(form, here, errors, body);
        BookingForm.duration(form, errors, body);
        return change(id, body, errors, caller, request, response, model);
    }

    /** A cancellation says why: the provider, and later the history, read it. */
    @PostMapping("/app/admin/bookings/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        if (reason.isBlank()) {
            errors.put("reason", "Say why the booking is cancelled: the provider is told.");
        }
        model.addAttribute("typedReason", reason);
        return change(
                id, Map.of("status", "CANCELLED", "reason", reason.trim()), errors, caller, request, response, model);
    }

    @PostMapping("/app/admin/bookings/{id}/rating")
    String rate(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer stars,
            @RequestParam(required = false) String comment,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        if (stars == null) {
            errors.put("stars", "Pick from 1 to 5 stars.");
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("stars", stars);
        if (comment != null && !comment.isBlank()) {
            body.put("comment", comment.trim());
        }
        return write(id, HttpMethod.POST, "/rating", body, errors, caller, request, response, model);
    }

    @PostMapping("/app/admin/bookings/{id}/tip")
    String tip(
            @PathVariable UUID id,
            @RequestParam(required = false) String amount,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var errors = new LinkedHashMap<String, String>();
        Long cents = here.minorUnits(amount == null ? "" : amount);
        if (cents == null) {
            errors.put("amount", "Enter the tip, e.g. 5.00.");
        } else {
            // Shown only if the tip is taken (the page shows no receipt beside an error).
            model.addAttribute("tipReceipt", "Tip of " + here.money(cents) + " added.");
        }
        return write(
                id,
                HttpMethod.POST,
                "/tip",
                Map.of("amountCents", cents == null ? 0 : cents),
                errors,
                caller,
                request,
                response,
                model);
    }

    /** An admin corrects when a completed job really started and ended, in the business's local time. */
    @PostMapping("/app/admin/bookings/{id}/worked-time")
    String correctWorkedTime(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        var errors = new LinkedHashMap<String, String>();
        var body = new LinkedHashMap<String, Object>();
        body.put("startedAt", BookingForm.localInstant(form, "startDate", "startTime", here, errors));
        body.put("completedAt", BookingForm.localInstant(form, "endDate", "endTime", here, errors));
        String reason = form.getOrDefault("reason", "").trim();
        if (reason.isEmpty()) {
            errors.put("reason", "Say why the times are corrected: the provider sees it in the history.");
        }
        body.put("reason", reason);
        return write(id, HttpMethod.POST, "/worked-time", body, errors, caller, request, response, model);
    }

    private String change(
            UUID id,
            Map<String, Object> body,
            Map<String, String> errors,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return write(id, HttpMethod.PATCH, "", body, errors, caller, request, response, model);
    }

    private String write(
            UUID id,
            HttpMethod method,
            String suffix,
            Map<String, Object> body,
            Map<String, String> errors,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (errors.isEmpty()) {
            try {
                api.send(method, "/api/bookings/" + id + suffix, BrowserSession.current(request), body);
                projections.awaitAggregates(id.toString());
                if (!ProviderPages.htmx(request)) {
                    return "redirect:/app/admin/bookings/" + id;
                }
            } catch (ApiProblem refused) {
                if (refused.status() == 404) {
                    throw refused;
                }
                refused.fieldErrors().forEach((field, message) -> errors.put(BookingForm.formField(field), message));
                model.addAttribute(
                        "actionError",
                        errors.isEmpty() ? refused.getMessage() : "Not saved: please correct the fields marked below.");
                response.setStatus(ProviderPages.htmx(request) ? 200 : refused.status());
            }
        } else if (!ProviderPages.htmx(request)) {
            response.setStatus(400);
        }
        model.addAttribute("invalid", errors);
        return booking(id, caller, request, model);
    }

    private String bookingForm(
            Caller caller, Model model, Map<String, String> form, Map<String, String> errors, String error) {
        model.addAttribute("form", form);
        model.addAttribute("invalid", errors);
        model.addAttribute("error", error);
        model.addAttribute("customers", views.customers(caller));
        model.addAttribute("services", views.services(caller));
        providers(caller, model);
        return "admin/booking-new";
    }

    /**
     * A duration or price left empty takes the usual one of the catalogue's service (the page's script fills
     * them in as the service is chosen; this is for a browser without it).
     */
    private static LinkedHashMap<String, String> withCatalogueDefaults(
            Map<String, String> form, List<ServiceView> services, Locality here) {
        var filled = new LinkedHashMap<>(form);
        services.stream()
                .filter(service -> service.name()
                        .equalsIgnoreCase(form.getOrDefault("service", "").trim()))
                .findFirst()
                .ifPresent(service -> {
                    if (form.getOrDefault("duration", "").isBlank()) {
                        filled.put("duration", Integer.toString(service.defaultDurationMinutes()));
                    }
                    if (form.getOrDefault("price", "").isBlank()) {
                        filled.put("price", here.amountField(service.defaultPriceCents()));
                    }
                });
        return filled;
    }

    private void providers(Caller caller, Model model) {
        var providers = views.providers(caller);
        model.addAttribute(
                "providers", providers.stream().filter(ProviderView::active).toList());
        model.addAttribute(
                "providerNames", providers.stream().collect(Collectors.toMap(ProviderView::id, ProviderView::name)));
    }

    private static ProviderId providerOrNull(String id) {
        try {
            return id == null || id.isBlank() ? null : ProviderId.of(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static BookingStatus parseStatus(String status) {
        try {
            return status == null || status.isBlank() ? null : BookingStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
