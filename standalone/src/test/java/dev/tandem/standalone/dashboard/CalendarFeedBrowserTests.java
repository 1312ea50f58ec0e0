package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.BrowserTests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** "Add to my calendar": the feed's address on the provider's profile, the provider's page and the settings. */
class CalendarFeedBrowserTests extends BrowserTests {

    @Test
    void aProviderAddsItsJobsToItsCalendarAndMakesANewAddressWhenTheOldOneWasShared() throws Exception {
        Login admin = business();
        Login provider = provider(admin, "Nina Caron");
        String job = new ApiBookings(api).book(admin.session(), provider.providerId(), 24 * 60);

        var phone = browser().signIn(provider.email(), provider.password());
        phone.go("/app/provider/profile");
        String address = phone.read("#calendar-url", field -> field.getDomProperty("value"));
        assertThat(address).matches("http://localhost:\\d+/ical/[A-Za-z0-9_-]+\\.ics");
        assertThat(phone.find("[data-role=add-to-calendar]").getDomAttribute("href"))
                .as("opens the phone's calendar app to subscribe")
                .isEqualTo(address.replace("http://", "webcal://"));
        assertThat(fetch(address).body()).contains("UID:" + job, "SUMMARY:Cleaning");

        phone.click("#calendar details summary");
        phone.click("[data-role=reset-calendar]");
        phone.await(driver -> driver.getCurrentUrl().contains("calendarReset"));
        phone.awaitText("#calendar [role=status]", "New calendar link made: the old one no longer works.");
        String renewed = phone.read("#calendar-url", field -> field.getDomProperty("value"));
        assertThat(renewed).isNotEqualTo(address);
        assertThat(fetch(address).statusCode()).isEqualTo(404);
        assertThat(fetch(renewed).statusCode()).isEqualTo(200);

        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/providers/" + provider.providerId());
        assertThat(desk.read("#calendar-url", field -> field.getDomProperty("value")))
                .as("the admin sees the provider's own feed")
                .isEqualTo(renewed);
        desk.go("/app/admin/settings");
        String business = desk.read("#calendar-url", field -> field.getDomProperty("value"));
        assertThat(business).isNotEqualTo(renewed);
        assertThat(fetch(business).body()).contains("UID:" + job, "Nina Caron");
        desk.screenshot("admin-settings-calendar", 1440);
    }

    private static HttpResponse<String> fetch(String url) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
