package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.Browser;
import dev.tandem.standalone.support.BrowserTests;
import org.junit.jupiter.api.Test;

/** The Analytics page and a provider's Performance page in Chromium, following work done elsewhere live. */
class AnalyticsBrowserTests extends BrowserTests {

    private static final String CHARTS_DRAWN = "return Array.from(document.querySelectorAll('canvas[data-chart]'))"
            + ".filter(canvas => window.Chart && Chart.getChart(canvas)).length";

    @Test
    void theAnalyticsPageDrawsItsChartsAndFollowsAJobCompletedElsewhere() {
        Login admin = business();
        Login camille = provider(admin, "Camille Martin");
        Login lucas = provider(admin, "Lucas Bernard");
        var bookings = new ApiBookings(api);
        String first = bookings.book(admin.session(), camille.providerId(), 30);
        bookings.move(camille.session(), first, "CONFIRMED", "IN_PROGRESS", "COMPLETED");
        String second = bookings.book(admin.session(), camille.providerId(), 120);
        bookings.book(admin.session(), lucas.providerId(), 180);

        var desk = browser()
                .signIn(admin.email(), admin.password())
                .go("/app/admin/analytics")
                .awaitLive();
        desk.awaitText("[data-kpi=completed] [data-role=value]", "1");
        desk.awaitText("[data-kpi=bookings] [data-role=value]", "3");
        awaitChartsDrawn(desk, 6);

        bookings.move(camille.session(), second, "CONFIRMED", "IN_PROGRESS", "COMPLETED");

        desk.awaitText("[data-kpi=completed] [data-role=value]", "2");
        desk.awaitText("[data-provider-id='" + camille.providerId() + "'] [data-role=completed]", "2");
        awaitChartsDrawn(desk, 6); // again, from the new figures
        assertThat(desk.notReloaded()).isTrue();

        desk.click("#provider-figures th:nth-child(2) button");
        assertThat(desk.find("#provider-figures th:nth-child(2)").getAttribute("aria-sort"))
                .isEqualTo("descending");
        assertThat(desk.find("#provider-figures tbody tr:first-child").getAttribute("data-provider-id"))
                .as("Camille has two bookings, Lucas one")
                .isEqualTo(camille.providerId());
        desk.screenshot("admin-analytics-live", 1440);
    }

    @Test
    void aProviderSeesItsOwnFiguresBesideTheTeamsAndNobodyElses() {
        Login admin = business();
        Login camille = provider(admin, "Camille Martin");
        Login lucas = provider(admin, "Lucas Bernard");
        var bookings = new ApiBookings(api);
        String mine = bookings.book(admin.session(), camille.providerId(), 30);
        bookings.move(camille.session(), mine, "CONFIRMED", "IN_PROGRESS", "COMPLETED");
        String theirs = bookings.book(admin.session(), lucas.providerId(), 60);
        bookings.move(lucas.session(), theirs, "CONFIRMED", "IN_PROGRESS", "COMPLETED");

        var phone = browser().signIn(camille.email(), camille.password()).go("/app/provider/performance");
        phone.awaitText("[data-kpi=jobs] [data-role=value]", "1");
        phone.awaitText("[data-kpi=earned] [data-role=value]", "€25.00");
        phone.awaitText("[data-kpi=completion-rate] [data-role=business]", "Team: 100%");

        awaitChartsDrawn(phone, 1);
        assertThat(phone.text()).doesNotContain("Lucas");
        phone.screenshot("provider-performance", 360);
    }

    /** Waits until that many canvases hold a Chart.js chart. */
    private static void awaitChartsDrawn(Browser browser, int charts) {
        browser.await(driver -> ((Number) browser.script(CHARTS_DRAWN)).intValue() == charts ? Boolean.TRUE : null);
    }
}
