package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.BrowserTests;
import dev.tandem.standalone.support.Zones;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The admin board's time slider: the board as it was a minute ago, read-only, and back to live. */
class BoardHistoryBrowserTests extends BrowserTests {

    @Test
    void theSliderShowsTheBoardAsItWasBeforeAJobStartedAndReturnsToLive() throws Exception {
        Login admin = business();
        Login provider = provider(admin, "Camille Martin");
        var bookings = new ApiBookings(api);
        String job = bookings.book(admin.session(), provider.providerId(), 60);
        Instant booked = Instant.now();
        // The slider's unit is a minute: the job starts in the next one.
        Thread.sleep(Duration.between(
                Instant.now(), booked.truncatedTo(ChronoUnit.MINUTES).plusSeconds(61)));
        bookings.move(provider.session(), job, "CONFIRMED", "IN_PROGRESS");
        long minuteBooked = Duration.between(
                        booked.atZone(Zones.midday())
                                .toLocalDate()
                                .atStartOfDay(Zones.midday())
                                .toInstant(),
                        booked)
                .toMinutes();

        var desk = browser().signIn(admin.email(), admin.password()).awaitLive();
        String live = "#board-bookings [data-booking-id='" + job + "'] [data-role=booking-status]";
        desk.awaitText(live, "In progress");
        desk.script(
                "const slider = document.getElementById('board-minute'); slider.value = arguments[0];"
                        + " slider.dispatchEvent(new Event('input', {bubbles: true}));"
                        + " slider.dispatchEvent(new Event('change', {bubbles: true}));",
                minuteBooked);

        String past = "#past-board [data-booking-id='" + job + "'] [data-role=booking-status]";
        desk.awaitText(past, "Pending");
        desk.awaitText(
                "#past-board [data-provider-id='" + provider.providerId() + "'] [data-role=provider-status]",
                "Available");
        assertThat(desk.find("#board-bookings").isDisplayed())
                .as("the live board is hidden meanwhile")
                .isFalse();
        desk.screenshot("admin-board-as-it-was", 1440);

        desk.click("#past-board [data-role=back-to-live]");
        desk.awaitText(live, "In progress");
    }
}
