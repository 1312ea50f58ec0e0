package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.BrowserTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The dispatch timeline: the day's jobs on their providers' rows, a job moved from the keyboard (and a move the
 * API refuses, said so), and "Plan this day" previewed and applied.
 */
class DispatchBrowserTests extends BrowserTests {

    @Test
    void theTimelineShowsTheDayAndAMoveReassignsOrSaysWhyItCannot() {
        Login admin = business();
        Login ines = provider(admin, "Ines Moreau");
        Login hugo = provider(admin, "Hugo Bernard");
        var bookings = new ApiBookings(api);
        String first = bookings.book(admin.session(), ines.providerId(), 240);
        String second = bookings.book(admin.session(), hugo.providerId(), 300);
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/dispatch").awaitLive();

        assertThat(desk.text()).contains("Ines Moreau", "Hugo Bernard");
        desk.find(row(ines) + " [data-booking-id='" + first + "']");
        desk.find(row(hugo) + " [data-booking-id='" + second + "']");
        desk.screenshot("admin-dispatch", 1440);

        moveFromTheKeyboard(desk, first, hugo);
        desk.awaitText("[data-role=move-message]", "Moved.");
        desk.find(row(hugo) + " [data-booking-id='" + first + "']");
        assertThat(api.get("/api/bookings/" + first)
                        .as(admin.session())
                        .send()
                        .body()
                        .get("providerId")
                        .asString())
                .isEqualTo(hugo.providerId());

        // Hugo now has the 240-minute job; the one at 300 minutes, moved an hour earlier, would overlap it.
        desk.click("[data-booking-id='" + second + "'] .timeline-move summary");
        String earlier = desk.read(
                "#time-" + second,
                field -> java.time.LocalTime.parse(field.getDomProperty("value"))
                        .minusHours(1)
                        .toString());
        desk.script("document.getElementById('time-' + arguments[0]).value = arguments[1];", second, earlier);
        desk.click("[data-booking-id='" + second + "'] .move-form button");
        desk.awaitText("[data-role=move-error]", "Not moved: The provider already has a booking at that time.");
        desk.find(row(hugo) + " [data-booking-id='" + second + "']");
    }

    @Test
    void aJobDraggedOntoAnotherProvidersRowGoesToThatProvider() {
        Login admin = business();
        Login ines = provider(admin, "Ines Moreau");
        Login hugo = provider(admin, "Hugo Bernard");
        String job = new ApiBookings(api).book(admin.session(), ines.providerId(), 240);
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/dispatch").awaitLive();
        desk.find(row(ines) + " [data-booking-id='" + job + "']");

        // The browser's own drag and drop, as a pointer makes it: dragstart on the job, drop on Hugo's row.
        desk.script(
                "const job = document.querySelector(\".timeline-job[data-booking-id='\" + arguments[0] + \"']\");"
                        + "const track = document.querySelector(\".timeline-row[data-provider-id='\" + arguments[1]"
                        + " + \"'] [data-role=track]\");"
                        + "const moving = new DataTransfer();"
                        + "job.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: moving}));"
                        + "const at = job.getBoundingClientRect();"
                        + "track.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true,"
                        + " dataTransfer: moving, clientX: at.left + 1, clientY: track.getBoundingClientRect().top + 5}));",
                job,
                hugo.providerId());

        desk.awaitText("[data-role=move-message]", "Moved.");
        desk.find(row(hugo) + " [data-booking-id='" + job + "']");
        assertThat(api.get("/api/bookings/" + job)
                        .as(admin.session())
                        .send()
                        .body()
                        .get("providerId")
                        .asString())
                .isEqualTo(hugo.providerId());
    }

    @Test
    void planningTheDayPreviewsThePlanAndSendsItsOffers() {
        Login admin = business();
        Login ines = provider(admin, "Ines Moreau");
        String open = new ApiBookings(api).book(admin.session(), null, 240);
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/dispatch").awaitLive();
        desk.find("[data-role=tray] [data-booking-id='" + open + "']");

        desk.click("#plan-day");
        desk.awaitText("[data-role=plan-preview] h3", "The planner suggests");
        assertThat(desk.find("[data-role=plan-preview]").getText()).contains("Ines Moreau at", "in all, against");
        assertThat(api.get("/api/bookings/" + open)
                        .as(admin.session())
                        .send()
                        .body()
                        .get("providerId")
                        .isNull())
                .as("a preview changes nothing")
                .isTrue();
        desk.screenshot("admin-dispatch-plan", 1440);
        desk.screenshot("admin-dispatch-plan", 360);

        desk.click("#apply-plan");
        desk.awaitText("[data-role=plan-preview] h3", "The plan was sent to the providers");
        desk.find(row(ines) + " [data-booking-id='" + open + "']");
        var offered =
                api.get("/api/bookings/" + open).as(admin.session()).send().body();
        assertThat(offered.get("providerId").asString()).isEqualTo(ines.providerId());
        assertThat(offered.get("offerExpiresAt").isNull()).isFalse();
    }

    private static String row(Login provider) {
        return ".timeline-row[data-provider-id='" + provider.providerId() + "']";
    }

    private static void moveFromTheKeyboard(dev.tandem.standalone.support.Browser desk, String booking, Login to) {
        desk.click("[data-booking-id='" + booking + "'] .timeline-move summary");
        new Select(desk.driver().findElement(By.id("provider-" + booking))).selectByValue(to.providerId());
        desk.click("[data-booking-id='" + booking + "'] .move-form button");
    }
}
