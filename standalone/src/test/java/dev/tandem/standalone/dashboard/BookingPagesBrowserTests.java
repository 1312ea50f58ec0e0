package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.BrowserTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The admin's booking pages: creating one with the keyboard alone, its detail and history, and isolation. */
class BookingPagesBrowserTests extends BrowserTests {

    @Test
    void anAdminCreatesABookingWithTheKeyboardAlone() {
        Login admin = business();
        provider(admin, "Ines Moreau");
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/bookings");
        desk.tabTo("main-new-booking");
        desk.type(Keys.ENTER);
        desk.find("#newName");

        desk.tabTo("newName");
        desk.type("Noor Haddad");
        desk.tabTo("newPhone");
        desk.type("+33 6 00 00 00 01");
        desk.tabTo("newAddress");
        desk.type("12 Rue de Rivoli, Paris");
        desk.tabTo("service");
        desk.type("cleaning");
        desk.tabTo("price");
        desk.type("45.50");
        desk.tabTo("providerId");
        desk.type("Ines");
        desk.tabTo("notes");
        desk.type("Second floor, ring twice");
        desk.tabTo("create-booking");
        desk.type(Keys.ENTER);

        desk.awaitText("#booking-detail [data-role=booking-status]", "Pending");
        assertThat(desk.text()).contains("Noor Haddad", "€45.50", "Ines Moreau", "Second floor, ring twice");
        assertThat(desk.driver().findElements(By.cssSelector(".history [data-event-type=BookingCreated]")))
                .hasSize(1);
        desk.screenshot("admin-booking-flow", 1440);
        desk.screenshot("admin-booking-flow", 360);
    }

    @Test
    void aBookingFormWithMistakesShowsEachNextToItsField() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/bookings/new");
        desk.find("#service").sendKeys("cleaning");
        desk.find("#price").sendKeys("lots");
        desk.click("#create-booking");
        desk.awaitText("#price-error", "Enter the price, e.g. 45.00.");
        assertThat(desk.find("#price").getDomAttribute("aria-describedby")).isEqualTo("price-error");
        assertThat(desk.find("#newName-error").getText()).isEqualTo("Enter the customer's name, or pick a customer.");
        assertThat(desk.find("#newAddress-error").getText())
                .as("every mistake at once, not one per submit")
                .isEqualTo("Enter the address of the job.");
        assertThat(desk.read("#price", field -> field.getDomProperty("value")))
                .as("what was typed stays")
                .isEqualTo("lots");
        assertThat(desk.read("#service", field -> field.getDomProperty("value")))
                .isEqualTo("cleaning");
        desk.screenshot("admin-booking-new-flow", 1440);
        desk.screenshot("admin-booking-new-flow", 360);
    }

    @Test
    void aCompletedBookingIsRatedAndTippedFromItsPageAndItsHistoryShowsEveryStep() {
        Login admin = business();
        Login provider = provider(admin, "Hugo Bernard");
        var bookings = new ApiBookings(api);
        String done = bookings.book(admin.session(), provider.providerId(), 30);
        bookings.move(provider.session(), done, "CONFIRMED", "IN_PROGRESS", "COMPLETED");
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/bookings/" + done);
        desk.awaitLive();

        desk.fill("#amount", "zero");
        desk.click("#booking-detail form[action$=tip] button");
        desk.awaitText("#amount-error", "Enter the tip, e.g. 5.00.");
        desk.fill("#amount", Keys.chord(Keys.CONTROL, "a"), "5.00");
        desk.click("#booking-detail form[action$=tip] button");
        desk.find(".history [data-event-type=TipAdded]");
        desk.awaitText("[data-role=tip-receipt]", "Tip of €5.00 added. Hugo Bernard gets €30.00 in all for this job.");
        desk.awaitText("#pay [data-role=tips]", "€5.00");
        desk.fill("#comment", "Spotless");
        desk.click("#booking-detail form[action$=rating] button");
        desk.awaitText("[data-role=rating]", "5 / 5 · Spotless");
        assertThat(desk.driver().findElements(By.cssSelector(".history li")))
                .extracting(item -> item.getDomAttribute("data-event-type"))
                .containsSubsequence(
                        "BookingCreated",
                        "BookingAssigned",
                        "BookingConfirmed",
                        "BookingStarted",
                        "BookingCompleted",
                        "TipAdded",
                        "BookingRated");

        String later = bookings.book(admin.session(), null, 240);
        desk.go("/app/admin/bookings/" + later).awaitLive();
        desk.fill("#duration", Keys.chord(Keys.CONTROL, "a"), "90");
        desk.click("#booking-detail form[action$=reschedule] button");
        desk.find(".history [data-event-type=BookingRescheduled]");
        assertThat(desk.find("#booking-detail form[action$=cancel] button").isDisplayed())
                .as("cancelling asks first")
                .isFalse();
        desk.click("#booking-detail [data-role=cancel] summary");
        desk.click("#booking-detail form[action$=cancel] button");
        desk.awaitText("#reason-error", "Say why the booking is cancelled: the provider is told.");
        desk.fill("#reason", "The customer is moving out");
        desk.click("#booking-detail form[action$=cancel] button");
        desk.awaitText("#booking-detail [data-role=booking-status]", "Cancelled");

        desk.go("/app/admin/bookings?status=CANCELLED");
        desk.find("#bookings-list [data-booking-id='" + later + "']");
        assertThat(desk.driver().findElements(By.cssSelector("#bookings-list [data-booking-id='" + done + "']")))
                .isEmpty();
        desk.screenshot("admin-bookings-flow", 1440);
        desk.screenshot("admin-bookings-flow", 360);
    }

    @Test
    void anArrivalWindowIsSetFromTheBookingPageAndAStartOutsideItIsExplained() {
        Login admin = business();
        String booking = new ApiBookings(api).book(admin.session(), null, 240);
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/bookings/" + booking).awaitLive();
        String start = desk.read("#time", field -> field.getDomProperty("value"));
        boolean morning = start.compareTo("12:00") < 0;

        window(desk, morning ? "22:00" : "01:00", morning ? "23:00" : "02:00");
        desk.click("#booking-detail form[action$=reschedule] button");
        desk.awaitText("#time-error", "Must lie inside the arrival window.");
        window(desk, morning ? "00:00" : "12:00", morning ? "11:59" : "23:59");
        desk.click("#booking-detail form[action$=reschedule] button");

        desk.find(".history [data-event-type=ArrivalWindowChanged]");
        // Times as the business's locale writes them (en-US here, with a narrow no-break space before AM/PM).
        String window = morning ? "12:00 AM – 11:59 AM" : "12:00 PM – 11:59 PM";
        desk.awaitText(
                "[data-role=arrival-window]",
                text -> text.replace('\u202f', ' ').equals(window));
        assertThat(api.get("/api/bookings/" + booking)
                        .as(admin.session())
                        .send()
                        .body()
                        .get("arrivalWindow")
                        .isObject())
                .isTrue();
    }

    /** Time fields take typing in the browser's own format; their value is set as a picker would. */
    private static void window(dev.tandem.standalone.support.Browser desk, String from, String to) {
        desk.script(
                "document.getElementById('arriveFrom').value = arguments[0];"
                        + "document.getElementById('arriveTo').value = arguments[1];",
                from,
                to);
    }

    @Test
    void oneBusinessesAdminCannotOpenAnothersBookingByItsAddress() {
        Login other = business();
        String theirs = new ApiBookings(api).book(other.session(), null, 60);
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());
        desk.go("/app/admin/bookings/" + theirs);
        assertThat(desk.text()).contains("Not found").doesNotContain("Ada Customer");
    }
}
