package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.BrowserTests;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The bookings list: what is ahead, fifty at a time, soonest or latest first, and a range that makes sense. */
class BookingsListBrowserTests extends BrowserTests {

    @Test
    void theListShowsFiftyBookingsAtATimeInTheOrderChosen() {
        Login admin = business();
        var bookings = new ApiBookings(api);
        var ids = new ArrayList<String>();
        for (int hour = 1; hour <= 51; hour++) {
            ids.add(bookings.book(admin.session(), null, hour * 60));
        }
        var desk = browser().signIn(admin.email(), admin.password());

        desk.go("/app/admin/bookings");
        desk.awaitLive();
        desk.find("[data-role=upcoming]");
        desk.await(driver -> rows(desk).size() == 50);
        assertThat(firstRow(desk)).isEqualTo(ids.getFirst());
        desk.click("[data-role=next-page]");
        desk.await(driver ->
                driver.findElements(By.cssSelector("#bookings-list tbody tr")).size() == 1);
        assertThat(firstRow(desk)).isEqualTo(ids.getLast());
        desk.click("[data-role=first-page]");
        desk.await(driver ->
                driver.findElements(By.cssSelector("#bookings-list tbody tr")).size() == 50);

        new Select(desk.find("#filter-order")).selectByValue("latest");
        desk.await(driver -> ids.getLast().equals(firstRow(desk)));
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsExplained() {
        Login admin = business();
        var desk = browser().signIn(admin.email(), admin.password());

        desk.go("/app/admin/bookings?from=2027-03-10&to=2027-03-01");

        desk.awaitText("#bookings-list [role=alert]", "“To” is before “From”: no day lies between them.");
    }

    /** Read in one script, so that a live refresh of the list cannot swap it between two reads. */
    @SuppressWarnings("unchecked")
    private static java.util.List<String> rows(dev.tandem.standalone.support.Browser desk) {
        return (java.util.List<String>) desk.script("return Array.from(document.querySelectorAll("
                + "'#bookings-list tbody tr')).map(row => row.dataset.bookingId)");
    }

    private static String firstRow(dev.tandem.standalone.support.Browser desk) {
        var rows = rows(desk);
        return rows.isEmpty() ? null : rows.getFirst();
    }
}
