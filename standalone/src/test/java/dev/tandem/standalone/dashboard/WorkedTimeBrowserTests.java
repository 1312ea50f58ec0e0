package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.BrowserTests;
import dev.tandem.standalone.support.Zones;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An hourly job tapped through in a minute: the admin corrects its worked time and its pay follows. */
class WorkedTimeBrowserTests extends BrowserTests {

    @Test
    void anAdminCorrectsTheWorkedTimeOfAnHourlyJobAndSeesThePayChange() {
        Login admin = business();
        Login provider = provider(admin, "Omar Haddad");
        assertThat(api.post("/api/admin/providers/legacy")
                        .as(admin.session())
                        .json(Map.of("providerId", provider.providerId(), "type", "HOURLY", "amount", 3_000))
                        .send()
                        .status())
                .isEqualTo(201);
        var bookings = new ApiBookings(api);
        String job = bookings.book(admin.session(), provider.providerId(), 20);
        bookings.move(provider.session(), job, "CONFIRMED", "IN_PROGRESS", "COMPLETED");

        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/bookings/" + job);
        desk.awaitText("#pay [data-role=provider-earns]", "€0.00");
        Instant completed = Instant.parse(api.get("/api/bookings/" + job)
                .as(admin.session())
                .send()
                .body()
                .get("completedAt")
                .asString());
        ZonedDateTime end = completed.atZone(Zones.midday());
        ZonedDateTime start = end.minusHours(2);
        // As typing would, the input events mark the form as being edited: a live refresh then leaves it alone.
        desk.script(
                "for (const [id, value] of [['startDate', arguments[0]], ['startTime', arguments[1]]]) {"
                        + "  const field = document.getElementById(id);"
                        + "  field.value = value;"
                        + "  field.dispatchEvent(new Event('input', {bubbles: true}));"
                        + "}",
                start.toLocalDate().toString(),
                start.format(DateTimeFormatter.ofPattern("HH:mm")));
        desk.find("#reason").sendKeys("Started the app at the end of the job");
        desk.click("#worked-time button[type=submit]");

        desk.awaitText("#pay [data-role=provider-earns]", "€60.00");
        desk.awaitText("#pay [data-role=worked]", text -> text.contains("(120 min)"));
        desk.awaitText(
                "ol.history",
                text -> text.contains("An admin corrected the worked time of")
                        && text.contains("were adjusted by 60.00 EUR to 60.00 EUR"));
        desk.screenshot("admin-booking-pay", 1440);
    }
}
