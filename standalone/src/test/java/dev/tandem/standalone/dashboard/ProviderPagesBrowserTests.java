package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.BrowserTests;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Providers from both sides: the admin invites, edits, pays and deactivates; the provider runs its week. */
class ProviderPagesBrowserTests extends BrowserTests {

    @Test
    void anInvitedProviderSetsAPasswordFromTheLinkTheAdminIsShownAndTheAdminKeepsItsPayRateHistory() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/providers/new");
        String email = "lea-" + UUID.randomUUID() + "@example.com";
        desk.find("#email").sendKeys(email);
        desk.find("#name").sendKeys("Léa Roux");
        desk.find("#skills").sendKeys("cleaning, ironing");
        desk.find("#rateAmount").sendKeys("30");
        desk.click("#create-provider");
        String link = desk.find("#invite-link").getDomProperty("value");
        assertThat(link).contains("/accept-invite?token=");
        desk.screenshot("admin-providers-flow", 1440);
        desk.screenshot("admin-providers-flow", 360);

        var phone = browser();
        phone.driver().get(link);
        phone.find("#password").sendKeys("a new password 2026");
        phone.click("main form button[type=submit]");
        phone.await(driver -> driver.getCurrentUrl().endsWith("/app/provider"));
        phone.find("#jobs");

        desk.click("#providers-list a");
        desk.find("#name").sendKeys(Keys.chord(Keys.CONTROL, "a"), "Léa Roux-Martin");
        desk.click("main form.card button.primary");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?saved"));
        assertThat(desk.find("h1").getText()).isEqualTo("Léa Roux-Martin");
        desk.find("#rateType").sendKeys("Per completed job");
        desk.find("#rateAmount").sendKeys("20.00");
        desk.click("form[action$=pay-rate] button");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?rateSet"));
        assertThat(desk.driver().findElements(By.cssSelector("[data-role=pay-rate]")))
                .extracting(row -> row.getText())
                .anySatisfy(text -> assertThat(text).contains("30%"))
                .anySatisfy(text -> assertThat(text).contains("€20.00"));
        desk.screenshot("admin-provider-flow", 1440);
        desk.find("[data-role=no-hours]");
        desk.click("#works-MONDAY");
        desk.click("#works-TUESDAY");
        desk.click("#hours button[type=submit]");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?hoursSaved"));
        assertThat(desk.driver().findElements(By.cssSelector("[data-role=no-hours]")))
                .isEmpty();
        assertThat(desk.find("#works-MONDAY").isSelected()).isTrue();
        assertThat(desk.find("#start-TUESDAY").getDomProperty("value")).isEqualTo("09:00");
        assertThat(desk.find("form[action$=deactivate] button").isDisplayed())
                .as("deactivating asks first")
                .isFalse();
        desk.click("[data-role=deactivate] summary");
        assertThat(desk.find("form[action$=deactivate] button").getText()).isEqualTo("Yes, deactivate Léa Roux-Martin");
        desk.click("form[action$=deactivate] button");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?deactivated"));
        desk.find("[data-role=deactivated]");
        desk.click("[data-role=reactivate]");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?reactivated"));
        assertThat(desk.driver().findElements(By.cssSelector("[data-role=deactivated]")))
                .isEmpty();
        desk.awaitText("[data-role=provider-status]", "Offline");
    }

    @Test
    void onAPhoneTheDaysJobsComeFirst() {
        Login admin = business();
        Login provider = provider(admin, "Rémi Blanc");
        String job = new ApiBookings(api).book(admin.session(), provider.providerId(), 60);
        var phone = browser().signIn(provider.email(), provider.password());

        phone.emulate(360, 780);
        phone.go("/app/provider");
        phone.find("#jobs [data-booking-id='" + job + "']");
        Number top = (Number) phone.script(
                "return document.querySelector(arguments[0]).getBoundingClientRect().top",
                "#jobs [data-booking-id='" + job + "']");
        phone.stopEmulating();

        assertThat(top.doubleValue())
                .as("the first job's top on a 780 px high screen")
                .isLessThan(300);
        phone.screenshot("provider-today", 360);
    }

    @Test
    void aProviderChangesItsPasswordOnThePhoneAndStaysSignedInThere() {
        Login admin = business();
        Login provider = provider(admin, "Jade Petit");
        var phone = browser().signIn(provider.email(), provider.password());
        phone.go("/app/provider/profile");

        phone.find("#currentPassword").sendKeys("a guess that is wrong");
        phone.find("#newPassword").sendKeys("my new phone password");
        phone.find("#repeatPassword").sendKeys("my new phone password");
        phone.click("#change-password button[type=submit]");
        phone.awaitText("#currentPassword-error", "That is not your current password.");

        phone.find("#currentPassword").sendKeys(provider.password());
        phone.find("#newPassword").sendKeys("my new phone password");
        phone.find("#repeatPassword").sendKeys("my new phone password");
        phone.click("#change-password button[type=submit]");
        phone.await(driver -> driver.getCurrentUrl().endsWith("?passwordChanged"));
        phone.go("/app/provider");
        phone.find("#jobs");
        assertThat(api.get("/api/me").as(provider.session()).send().status())
                .as("the phone's old session, used elsewhere, has ended")
                .isEqualTo(401);
        browser().signIn(provider.email(), "my new phone password").find("#jobs");
    }

    @Test
    void timeOffOverAConfirmedJobIsRefusedOnThePhoneNamingTheJob() {
        Login admin = business();
        Login provider = provider(admin, "Inès Morel");
        String job = aConfirmedJobTomorrow(admin, provider);
        var jobDay = startOf(admin, job);

        var phone = browser().signIn(provider.email(), provider.password());
        phone.go("/app/provider/availability");
        phone.script(
                "document.getElementById('offFrom').value = arguments[0];"
                        + "document.getElementById('offTo').value = arguments[0];",
                jobDay.toLocalDate().toString());
        phone.click("#availability form[action$=time-off] button");

        phone.awaitText(
                "#availability [role=alert]",
                text -> text.startsWith("This time off would leave a job of this provider uncovered: "
                        + jobDay.format(java.time.format.DateTimeFormatter.ofPattern(
                                "EEE d MMM HH:mm", java.util.Locale.ENGLISH))));
        assertThat(phone.driver().findElements(By.cssSelector("#availability [data-time-off-id]")))
                .isEmpty();

        phone.click("#release-jobs button");
        phone.find("#availability [data-time-off-id]");
        assertThat(api.get("/api/bookings/" + job)
                        .as(admin.session())
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("PENDING");
    }

    @Test
    void anAdminShorteningAProvidersHoursOverAConfirmedJobUnassignsItOnlyWhenAskedTo() {
        Login admin = business();
        Login provider = provider(admin, "Rose Girard");
        String job = aConfirmedJobTomorrow(admin, provider);
        var jobDay = startOf(admin, job).getDayOfWeek();

        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/providers/" + provider.providerId());
        desk.click("#works-" + jobDay);
        desk.click("#hours button[type=submit]");
        desk.awaitText(
                "#hours [role=alert]",
                text -> text.startsWith("The new hours would leave a job of this provider uncovered"));
        assertThat(status(admin, job)).as("refused: nothing changed").isEqualTo("CONFIRMED");

        desk.click("#release-jobs button");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?hoursSaved"));
        assertThat(desk.find("#works-" + jobDay).isSelected()).isFalse();
        assertThat(status(admin, job)).as("given back to be offered again").isEqualTo("PENDING");
    }

    private String aConfirmedJobTomorrow(Login admin, Login provider) {
        var bookings = new ApiBookings(api);
        String job = bookings.book(admin.session(), provider.providerId(), 24 * 60);
        bookings.move(provider.session(), job, "CONFIRMED");
        return job;
    }

    /** The job's start in the business's time zone. */
    private java.time.ZonedDateTime startOf(Login admin, String job) {
        return java.time.Instant.parse(api.get("/api/bookings/" + job)
                        .as(admin.session())
                        .send()
                        .body()
                        .get("scheduledStart")
                        .asString())
                .atZone(dev.tandem.standalone.support.Zones.midday());
    }

    private String status(Login admin, String booking) {
        return api.get("/api/bookings/" + booking)
                .as(admin.session())
                .send()
                .body()
                .get("status")
                .asString();
    }

    @Test
    void aProviderSwitchesItsStatusAndKeepsItsHoursTimeOffAndProfile() {
        Login admin = business();
        Login provider = provider(admin, "Hugo Blanc");
        var desk = browser().signIn(admin.email(), admin.password()).awaitLive();
        var phone = browser().signIn(provider.email(), provider.password()).awaitLive();

        phone.click("#status button[value=ON_BREAK]");
        phone.awaitText("[data-role=my-status]", "On break");
        desk.awaitText("[data-provider-id='" + provider.providerId() + "'] [data-role=provider-status]", "On break");
        phone.click("#status button[value=AVAILABLE]");
        desk.awaitText("[data-provider-id='" + provider.providerId() + "'] [data-role=provider-status]", "Available");

        var split = new java.util.ArrayList<Map<String, String>>();
        for (var day : java.time.DayOfWeek.values()) {
            if (day == java.time.DayOfWeek.TUESDAY) {
                split.add(Map.of("dayOfWeek", "TUESDAY", "start", "08:00", "end", "12:00"));
                split.add(Map.of("dayOfWeek", "TUESDAY", "start", "13:00", "end", "18:00"));
            } else {
                split.add(Map.of("dayOfWeek", day.name(), "start", "00:00", "end", "23:59"));
            }
        }
        assertThat(api.post("/api/provider/availability")
                        .as(provider.session())
                        .json(Map.of("weeklyHours", split))
                        .send()
                        .status())
                .isEqualTo(200);
        phone.go("/app/provider/availability");
        phone.click("#works-SUNDAY");
        phone.script("document.getElementById('end-MONDAY').value = '00:00'");
        phone.click("#availability form[action$=hours] button");
        phone.awaitText("#end-MONDAY-error", "The end must be after the start.");
        phone.go("/app/provider/availability");
        phone.click("#works-SUNDAY");
        phone.click("#availability form[action$=hours] button");
        phone.find("#availability p.notice");
        assertThat(phone.find("#works-SUNDAY").isSelected()).isFalse();
        var saved = api.get("/api/provider/availability")
                .as(provider.session())
                .send()
                .body();
        assertThat(saved.get("weeklyHours")
                        .valueStream()
                        .map(window -> window.get("dayOfWeek").asString())
                        .toList())
                .doesNotContain("SUNDAY")
                .filteredOn("TUESDAY"::equals)
                .hasSize(2);
        phone.script(
                "document.getElementById('offFrom').value = arguments[0];"
                        + "document.getElementById('offTo').value = arguments[0];",
                "2031-07-14");
        phone.find("#reason").sendKeys("Holiday");
        phone.click("#availability form[action$=time-off] button");
        phone.find("#availability [data-time-off-id]");
        assertThat(phone.text()).contains("Holiday");
        phone.screenshot("provider-availability-flow", 360);
        phone.click("#availability [data-time-off-id] button");
        phone.awaitGone("#availability [data-time-off-id]");

        phone.go("/app/provider/profile");
        phone.find("#phone").sendKeys(Keys.chord(Keys.CONTROL, "a"), "+33 7 11 22 33 44");
        phone.click("main form button.primary");
        phone.find("p.notice");
        assertThat(phone.find("#phone").getDomProperty("value")).isEqualTo("+33 7 11 22 33 44");
        phone.screenshot("provider-profile-flow", 360);
    }
}
