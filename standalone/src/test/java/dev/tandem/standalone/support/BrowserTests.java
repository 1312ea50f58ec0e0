package dev.tandem.standalone.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the browser tests: the shared standalone server, real Chromium windows, and businesses whose
 * time zone puts them around midday, so "today" holds every booking a test makes whenever it runs.
 */
public abstract class BrowserTests extends HttpTests {

    private final List<Browser> browsers = new ArrayList<>();

    @BeforeAll
    static void needsChromium() {
        Browser.requireChromium();
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }

    protected Browser browser() {
        var browser = Browser.open(port);
        browsers.add(browser);
        return browser;
    }

    /** Signs up a business in {@link Zones#midday()} through the API; its admin's login. */
    protected Login business() {
        String email = "admin-" + UUID.randomUUID() + "@example.com";
        var response = api.post("/api/auth/signup")
                .json(Map.of(
                        "businessName",
                        "Shine " + email.substring(6, 10),
                        "timeZone",
                        Zones.midday().getId(),
                        "currency",
                        "EUR",
                        "name",
                        "Alex Admin",
                        "email",
                        email,
                        "password",
                        Api.PASSWORD))
                .send();
        if (response.status() != 201) {
            throw new IllegalStateException("Sign-up failed: " + response.text());
        }
        return new Login(email, Api.PASSWORD, Api.Session.of(response.body(), email), null);
    }

    /** A provider of the admin's business working all day, every day; its login and id. */
    protected Login provider(Login admin, String name) {
        String email = "provider-" + UUID.randomUUID() + "@example.com";
        String password = "provider password 2026";
        var registered = api.post("/api/admin/providers")
                .as(admin.session())
                .json(Map.of(
                        "name",
                        name,
                        "email",
                        email,
                        "phone",
                        "+33 6 12 34 56 78",
                        "skills",
                        List.of("cleaning"),
                        "home",
                        Map.of("lat", 48.8566, "lng", 2.3522),
                        "serviceRadiusKm",
                        15,
                        "payRate",
                        Map.of("type", "PERCENTAGE", "amount", 2500),
                        "password",
                        password))
                .send();
        if (registered.status() != 201) {
            throw new IllegalStateException("Registration failed: " + registered.text());
        }
        var login = api.post("/api/auth/login")
                .json(Map.of("email", email, "password", password))
                .send();
        var session = Api.Session.of(login.body(), email);
        var hours = java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> Map.of("dayOfWeek", day.name(), "start", "00:00", "end", "23:59"))
                .toList();
        var availability = api.post("/api/provider/availability")
                .as(session)
                .json(Map.of("weeklyHours", hours))
                .send();
        if (availability.status() != 200) {
            throw new IllegalStateException("Weekly hours refused: " + availability.text());
        }
        return new Login(email, password, session, registered.body().get("id").asString());
    }

    /** Someone who can sign in: email, password, an API session, and (for providers) the provider id. */
    public record Login(String email, String password, Api.Session session, String providerId) {}
}
