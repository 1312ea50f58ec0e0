package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.BrowserTests;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** An admin sets up its business in the browser: name, time zone, currency, locale and ranking weights. */
class BusinessSettingsBrowserTests extends BrowserTests {

    @Test
    void aBusinessThatChoosesFrenchSeesItsTimesAndMoneyTheFrenchWayOnEveryPage() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/settings");
        desk.fill("#name", Keys.chord(Keys.CONTROL, "a"), "Brillant Paris");
        desk.fill("#timeZone", Keys.chord(Keys.CONTROL, "a"), "Europe/Paris");
        desk.fill("#currency", Keys.chord(Keys.CONTROL, "a"), "EUR");
        new Select(desk.find("#locale")).selectByValue("fr-FR");
        desk.click("#business-settings button[type=submit]");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?saved"));

        assertThat(desk.find(".brand").getText()).isEqualTo("Brillant Paris");
        assertThat(spaced(desk.find("[data-role=locale-example]").getText())).endsWith("1 700,00 €");
        desk.screenshot("admin-settings", 1440);
        String booking = api.post("/api/bookings")
                .as(admin.session())
                .json(Map.of(
                        "customer",
                        Map.of("name", "Ada Client", "address", "1 rue de Rivoli, Paris", "lat", 48.86, "lng", 2.34),
                        "service",
                        "cleaning",
                        "scheduledStart",
                        "2027-03-04T13:30:00Z",
                        "durationMinutes",
                        90,
                        "priceCents",
                        170_000,
                        "autoAssign",
                        false))
                .send()
                .body()
                .get("id")
                .asString();
        desk.go("/app/admin/bookings/" + booking);
        String page = spaced(desk.text());
        assertThat(page)
                .contains("14:30")
                .contains("16:00")
                .contains("1 700,00 €")
                .doesNotContain("PM");
        desk.screenshot("admin-settings", 1440);
    }

    @Test
    void badSettingsAreRefusedNextToTheirFieldsWithWhatWasTypedKept() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/settings");
        desk.fill("#timeZone", Keys.chord(Keys.CONTROL, "a"), "Mars/Olympus");
        desk.click("#business-settings button[type=submit]");

        desk.find("#timeZone-error");
        assertThat(desk.find("#timeZone").getDomProperty("value")).isEqualTo("Mars/Olympus");
        assertThat(api.get("/api/admin/business")
                        .as(admin.session())
                        .send()
                        .body()
                        .get("version")
                        .asLong())
                .as("nothing was saved")
                .isZero();

        desk.go("/app/admin/settings");
        desk.fill("#distance", Keys.chord(Keys.CONTROL, "a"), "0");
        desk.fill("#workload", Keys.chord(Keys.CONTROL, "a"), "0");
        desk.fill("#rating", Keys.chord(Keys.CONTROL, "a"), "0");
        desk.fill("#completion", Keys.chord(Keys.CONTROL, "a"), "0");
        desk.click("#assignment-weights button[type=submit]");
        assertThat(desk.find("#assignment-weights [role=alert]").getText()).contains("at least one factor");
        desk.fill("#distance", Keys.chord(Keys.CONTROL, "a"), "3");
        desk.fill("#offerTimeoutMinutes", Keys.chord(Keys.CONTROL, "a"), "45");
        desk.click("#assignment-weights button[type=submit]");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?weightsSaved"));
        assertThat(desk.find("#distance").getDomProperty("value")).isEqualTo("3");
        assertThat(desk.find("#offerTimeoutMinutes").getDomProperty("value")).isEqualTo("45");
        var policy = api.get("/api/admin/assignment-policy")
                .as(admin.session())
                .send()
                .body();
        assertThat(policy.get("distance").asDouble()).isEqualTo(3.0);
        assertThat(policy.get("offerTimeoutMinutes").asInt()).isEqualTo(45);
        assertThat(desk.driver().findElements(By.cssSelector("[aria-invalid=true]")))
                .isEmpty();
    }

    @Test
    void anAdminChangesItsPasswordOnTheSettingsPageAndARuleItBreaksIsSaidInASentence() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/settings");

        desk.find("#currentPassword").sendKeys(admin.password());
        desk.find("#newPassword").sendKeys("short");
        desk.find("#repeatPassword").sendKeys("short");
        desk.click("#change-password button[type=submit]");
        desk.awaitText("#newPassword-error", "Must be at least 10 characters.");

        desk.find("#currentPassword").sendKeys(admin.password());
        desk.find("#newPassword").sendKeys("a long new admin password");
        desk.find("#repeatPassword").sendKeys("a long new admin password");
        desk.click("#change-password button[type=submit]");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?passwordChanged"));
        desk.go("/app/admin");
        desk.find("#board-providers");
        assertThat(api.post("/api/auth/login")
                        .json(Map.of("email", admin.email(), "password", "a long new admin password"))
                        .send()
                        .status())
                .isEqualTo(200);
    }

    /** French writes its thousands and its currency with (narrow) no-break spaces. */
    private static String spaced(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
