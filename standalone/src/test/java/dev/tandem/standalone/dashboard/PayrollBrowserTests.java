package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.BrowserTests;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** An admin chooses weekly pay and reads a week's statements; the provider finds its own, each with a PDF. */
class PayrollBrowserTests extends BrowserTests {

    @Test
    void anAdminPaysWeeklyAndAProviderReadsItsStatement() {
        Login admin = business();
        Login provider = provider(admin, "Louise Mercier");
        var bookings = new ApiBookings(api);
        String job = bookings.book(admin.session(), provider.providerId(), 20);
        bookings.move(provider.session(), job, "CONFIRMED", "IN_PROGRESS", "COMPLETED");
        ZoneId zone = ZoneId.of(api.get("/api/admin/business")
                .as(admin.session())
                .send()
                .body()
                .get("timeZone")
                .asString());
        LocalDate monday = java.time.Instant.parse(api.get("/api/bookings/" + job)
                        .as(admin.session())
                        .send()
                        .body()
                        .get("scheduledStart")
                        .asString())
                .atZone(zone)
                .toLocalDate()
                .with(DayOfWeek.MONDAY);

        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/earnings");
        desk.click("#pay-periods");
        desk.find("[data-role=pay-periods]");
        desk.find("#frequency").sendKeys("Every week");
        desk.script(
                "const field = document.getElementById('anchorDate'); field.value = arguments[0];"
                        + "field.dispatchEvent(new Event('input', {bubbles: true}));",
                monday.toString());
        desk.click("#pay-schedule button[type=submit]");
        desk.await(driver -> driver.getCurrentUrl().endsWith("?scheduleSaved"));
        String thisWeek = "[data-period-start='" + monday + "']";
        assertThat(desk.find(thisWeek + " [data-role=period-total]").getText()).isEqualTo("€25.00");
        assertThat(desk.find(thisWeek + " [data-role=period-status]").getText()).isEqualTo("Open");
        desk.screenshot("admin-pay-periods", 1440);

        desk.click(thisWeek + " a");
        desk.awaitText(
                "[data-provider-id='" + provider.providerId() + "'] [data-role=statement-total]",
                "1 job · earnings €25.00 · tips €0.00 · to pay €25.00");
        assertThat(desk.find("#payroll-export").getDomAttribute("href"))
                .isEqualTo("/app/admin/pay-periods/" + monday + ".csv");
        assertThat(desk.find("[data-booking-id='" + job + "']").getText()).contains("Job", "cleaning", "€25.00");
        desk.screenshot("admin-pay-period", 1440);

        var phone = browser().signIn(provider.email(), provider.password());
        phone.go("/app/provider/performance");
        phone.click("#my-pay");
        String week = "#statements [data-period-start='" + monday + "']";
        assertThat(phone.find(week + " [data-role=statement-total]").getText()).isEqualTo("1 job · €25.00");
        assertThat(phone.find(week + " a").getDomAttribute("href"))
                .isEqualTo("/app/provider/statements/" + monday + ".pdf");
        phone.screenshot("provider-statements", 360);
    }
}
