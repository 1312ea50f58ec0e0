package dev.tandem.query.dashboard;

import dev.tandem.api.Page;
import dev.tandem.api.customer.CustomerView;
import dev.tandem.platform.consistency.ProjectionBarrier;
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

/** The customers page: search, add and edit customers, their addresses found on the map by name. */
@Controller
class CustomerPages {

    private static final int SHOWN = 100;
    private static final int LATEST_BOOKINGS = 20;

    private final Views views;
    private final CommandApi api;
    private final ProjectionBarrier projections;
    private final AddressLookup addresses;
    private final MapProperties map;

    CustomerPages(
            Views views, CommandApi api, ProjectionBarrier projections, AddressLookup addresses, MapProperties map) {
        this.views = views;
        this.api = api;
        this.projections = projections;
        this.addresses = addresses;
        this.map = map;
    }

    @GetMapping("/app/admin/customers")
    String list(@RequestParam(required = false) String q, Caller caller, HttpServletRequest request, Model model) {
        Page<CustomerView> found = views.customers(caller, q, SHOWN);
        model.addAttribute("customers", found.items());
        model.addAttribute("more", found.nextCursor() != null);
        model.addAttribute("q", q == null ? "" : q);
        return ProviderPages.htmx(request) ? "admin/customers :: list" : "admin/customers";
    }

    @GetMapping("/app/admin/customers/new")
    String newCustomer(Model model) {
        return page(model, new LinkedHashMap<>(), Map.of(), null);
    }

    @PostMapping("/app/admin/customers")
    String create(
            @RequestParam Map<String, String> form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        var body = body(form, null, errors, model);
        if (errors.isEmpty()) {
            try {
                var created = api.send(HttpMethod.POST, "/api/admin/customers", BrowserSession.current(request), body);
                String id = created.path("id").asString();
                projections.awaitAggregates(id);
                return "redirect:/app/admin/customers/" + id + "?saved";
            } catch (ApiProblem refused) {
                refused.fieldErrors().forEach((field, message) -> errors.put(formField(field), message));
            }
        }
        response.setStatus(400);
        return page(model, form, errors, null);
    }

    @GetMapping("/app/admin/customers/{id}")
    String edit(@PathVariable UUID id, Caller caller, Model model) {
        CustomerView customer = views.customer(caller, id);
        var form = new LinkedHashMap<String, String>();
        form.put("name", customer.name());
        form.put("email", customer.email() == null ? "" : customer.email());
        form.put("phone", customer.phone() == null ? "" : customer.phone());
        form.put("customerAddress", customer.address());
        model.addAttribute("bookings", views.customerBookings(caller, id, LATEST_BOOKINGS));
        return page(model, form, Map.of(), customer);
    }

    @PostMapping("/app/admin/customers/{id}")
    String save(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        CustomerView customer = views.customer(caller, id);
        var errors = new LinkedHashMap<String, String>();
        var body = body(form, customer, errors, model);
        if (errors.isEmpty()) {
            try {
                api.send(HttpMethod.PUT, "/api/admin/customers/" + id, BrowserSession.current(request), body);
                projections.awaitAggregates(id.toString());
                return "redirect:/app/admin/customers/" + id + "?saved";
            } catch (ApiProblem refused) {
                if (refused.status() == 404) {
                    throw refused;
                }
                refused.fieldErrors().forEach((field, message) -> errors.put(formField(field), message));
            }
        }
        response.setStatus(400);
        return page(model, form, errors, customer);
    }

    /**
     * The API's body; the address is placed only when it is new or changed (a customer's other details can be
     * edited while the address service is away).
     */
    private Map<String, Object> body(
            Map<String, String> form, CustomerView current, Map<String, String> errors, Model model) {
        var body = new LinkedHashMap<String, Object>();
        String name = form.getOrDefault("name", "").trim();
        if (name.isEmpty()) {
            errors.put("name", "Enter the customer's name.");
        }
        body.put("name", name);
        body.put("email", form.getOrDefault("email", "").trim());
        body.put("phone", form.getOrDefault("phone", "").trim());
        String address = form.getOrDefault("customerAddress", "").trim();
        boolean sameAddress = current != null
                && address.equals(current.address())
                && form.getOrDefault("customerLat", "").isBlank();
        if (!sameAddress) {
            var placed = addresses.place(form, "customer");
            if (placed.isPlaced()) {
                body.put("address", address);
                body.put("lat", placed.lat());
                body.put("lng", placed.lng());
            } else {
                errors.put(placed.field(), placed.problem());
                model.addAttribute("placeChoices", placed.choices());
            }
        }
        return body;
    }

    private static String formField(String apiField) {
        return switch (apiField) {
            case "address" -> "customerAddress";
            case "lat" -> "customerLat";
            case "lng" -> "customerLng";
            default -> apiField;
        };
    }

    private String page(Model model, Map<String, String> form, Map<String, String> errors, CustomerView customer) {
        model.addAttribute("form", form);
        model.addAttribute("map", map);
        model.addAttribute("invalid", errors);
        model.addAttribute("customer", customer);
        return "admin/customer";
    }
}
