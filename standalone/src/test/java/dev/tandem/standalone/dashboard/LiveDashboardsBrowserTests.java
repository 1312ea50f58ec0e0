package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.BrowserTests;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin and a provider, each in a browser of their own, see each other's changes without reloading. */
class LiveDashboardsBrowserTests extends BrowserTests {

    @Test
    void aJobTheAdminBooksReachesTheProviderWhoseEveryStepTheAdminBoardShowsLive() {
        Login admin = business();
        Login provider = provider(admin, "Camille Martin");
        var adminView = browser().signIn(admin.email(), admin.password());
        var phone = browser().signIn(provider.email(), provider.password());
        adminView.awaitLive();
        phone.awaitLive();
        String providerCard = "[data-provider-id='" + provider.providerId() + "'] [data-role=provider-status]";
        adminView.awaitText(providerCard, "Available");

        String bookingId = book(admin, provider.providerId(), 60);
        String job = "#jobs [data-booking-id='" + bookingId + "']";
        phone.find(job);
        String row = "#board-bookings [data-booking-id='" + bookingId + "'] [data-role=booking-status]";
        adminView.awaitText(row, "Pending");

        phone.click(job + " button[aria-label^=Confirm]");
        adminView.awaitText(row, "Confirmed");
        phone.click(job + " button[aria-label^=Start]");
        adminView.awaitText(row, "In progress");
        adminView.awaitText(providerCard, "Busy");
        phone.awaitText(job + " [data-role=booking-status]", "In progress");
        phone.click(job + " button[aria-label^=Complete]");
        adminView.awaitText(row, "Completed");
        adminView.awaitText(providerCard, "Available");

        String declined = book(admin, provider.providerId(), 180);
        String declinedJob = "#jobs [data-booking-id='" + declined + "']";
        phone.click(declinedJob + " button[aria-label^=Decline]");
        phone.awaitGone(declinedJob);
        adminView.awaitText("#board-bookings [data-booking-id='" + declined + "'] [data-role=provider]", "No provider");

        assertThat(adminView.notReloaded()).isTrue();
        assertThat(phone.notReloaded()).isTrue();
        adminView.screenshot("admin-board", 1440);
        adminView.screenshot("admin-board", 360);
        phone.screenshot("provider-today", 360);
        phone.screenshot("provider-today", 1440);
    }

    @Test
    void aProviderCannotOpenTheAdminPages() {
        Login admin = business();
        Login provider = provider(admin, "Lucas Petit");
        var phone = browser().signIn(provider.email(), provider.password());
        phone.go("/app/admin");
        assertThat(phone.text()).contains("Not allowed");
        phone.go("/app/admin/board/bookings");
        assertThat(phone.text()).contains("Not allowed");
    }

    @Test
    void signingOutEndsTheSessionAndTheDashboardAsksToSignInAgain() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.click("form.signout button");
        desk.find("p.notice");
        desk.go("/app/admin");
        assertThat(desk.driver().getCurrentUrl()).contains("/login");
    }

    private String book(Login admin, String providerId, int minutesFromNow) {
        var body = new HashMap<String, Object>();
        body.put(
                "customer",
                Map.of("name", "Ada Customer", "address", "1 Rue de Rivoli, Paris", "lat", 48.8606, "lng", 2.3376));
        body.put("service", "cleaning");
        body.put(
                "scheduledStart",
                Instant.now()
                        .plus(minutesFromNow, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString());
        body.put("durationMinutes", 60);
        body.put("priceCents", 10_000);
        body.put("providerId", providerId);
        var response = api.post("/api/bookings").as(admin.session()).json(body).send();
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().get("id").asString();
    }
}
