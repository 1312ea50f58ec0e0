package dev.tandem.standalone.provider;

import dev.tandem.standalone.support.Api;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Registers providers and signs them in, for the provider and customer HTTP tests. */
public final class Providers {

    public static final String PROVIDER_PASSWORD = "provider password 2026";

    private final Api api;

    public Providers(Api api) {
        this.api = api;
    }

    /** A registration body with a fresh email, a password and one skill; callers add or override fields. */
    public static Map<String, Object> registration(String name) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("email", "provider-" + UUID.randomUUID() + "@example.com");
        body.put("skills", List.of("cleaning"));
        body.put("home", Map.of("lat", 48.8566, "lng", 2.3522));
        body.put("serviceRadiusKm", 15);
        body.put("payRate", Map.of("type", "PERCENTAGE", "amount", 2500));
        body.put("password", PROVIDER_PASSWORD);
        return body;
    }

    public Api.Response register(Api.Session admin, Map<String, Object> body) {
        return api.post("/api/admin/providers").as(admin).json(body).send();
    }

    /** Registers a provider with a password and signs it in. */
    public Registered registerAndLogIn(Api.Session admin, String name) {
        var body = registration(name);
        var response = register(admin, body);
        if (response.status() != 201) {
            throw new IllegalStateException("Registration failed: " + response.text());
        }
        String id = response.body().get("id").asString();
        return new Registered(id, logIn((String) body.get("email"), PROVIDER_PASSWORD));
    }

    /**
     * A provider with one skill, living there, serving 20 km around and working 06:00-22:00 every day (set by
     * the provider itself, as on its phone); answers its id.
     */
    public String registerWorkingEveryDay(Api.Session admin, String name, String skill, Map<String, Double> home) {
        return registerWorkingEveryDayAndLogIn(admin, name, skill, home).id();
    }

    /** As {@link #registerWorkingEveryDay}, with the provider's own session. */
    public Registered registerWorkingEveryDayAndLogIn(
            Api.Session admin, String name, String skill, Map<String, Double> home) {
        var body = registration(name);
        body.put("skills", java.util.List.of(skill));
        body.put("home", home);
        body.put("serviceRadiusKm", 20);
        var registered = register(admin, body);
        if (registered.status() != 201) {
            throw new AssertionError("registering " + name + " answered " + registered.status());
        }
        var session = logIn((String) body.get("email"), PROVIDER_PASSWORD);
        int hours = api.post("/api/provider/availability")
                .as(session)
                .json(Map.of("weeklyHours", dev.tandem.standalone.booking.Bookings.EVERY_DAY))
                .send()
                .status();
        if (hours != 200) {
            throw new AssertionError("setting the hours of " + name + " answered " + hours);
        }
        return new Registered(registered.body().get("id").asString(), session);
    }

    public Api.Session logIn(String email, String password) {
        var login = api.post("/api/auth/login")
                .json(Map.of("email", email, "password", password))
                .send();
        if (login.status() != 200) {
            throw new IllegalStateException("Login failed: " + login.text());
        }
        return Api.Session.of(login.body(), email);
    }

    /** A provider's id and its signed-in session. */
    public record Registered(String id, Api.Session session) {}
}
