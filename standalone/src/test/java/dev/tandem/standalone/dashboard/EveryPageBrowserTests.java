package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.Browser;
import dev.tandem.standalone.support.BrowserTests;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/**
 * Every main page, at a phone's width and a desktop's: nothing sticks out sideways, axe-core finds no serious
 * or critical accessibility violation, and a screenshot of each lands in target/screenshots.
 */
class EveryPageBrowserTests extends BrowserTests {

    private static final int[] WIDTHS = {360, 768, 1440};

    @Test
    void everyMainPageFitsFrom360To1440PixelsAndHasNoSeriousAccessibilityViolation() {
        Login admin = business();
        Login provider = provider(admin, "Camille Martin");
        var bookings = new ApiBookings(api);
        String done = bookings.book(admin.session(), provider.providerId(), 20);
        bookings.move(provider.session(), done, "CONFIRMED", "IN_PROGRESS", "COMPLETED");
        bookings.book(admin.session(), provider.providerId(), 120);
        bookings.book(admin.session(), null, 200);

        var visitor = browser();
        var pages = new LinkedHashMap<String, String>();
        pages.put("sign-in", "/login");
        pages.put("sign-up", "/signup");
        check(visitor, pages);

        var desk = browser().signIn(admin.email(), admin.password());
        pages.clear();
        pages.put("admin-board", "/app/admin");
        pages.put("admin-bookings", "/app/admin/bookings");
        pages.put("admin-dispatch", "/app/admin/dispatch");
        pages.put("admin-booking-new", "/app/admin/bookings/new");
        pages.put("admin-booking", "/app/admin/bookings/" + done);
        pages.put("admin-providers", "/app/admin/providers");
        pages.put("admin-provider", "/app/admin/providers/" + provider.providerId());
        pages.put("admin-earnings", "/app/admin/earnings");
        pages.put("admin-notifications", "/app/admin/notifications");
        pages.put("admin-analytics", "/app/admin/analytics");
        pages.put("admin-audit", "/app/admin/audit");
        pages.put("admin-settings", "/app/admin/settings");
        pages.put("admin-services", "/app/admin/services");
        pages.put("admin-webhooks", "/app/admin/webhooks");
        pages.put("admin-pay-periods", "/app/admin/pay-periods");
        pages.put("admin-customers", "/app/admin/customers");
        pages.put("admin-customer-new", "/app/admin/customers/new");
        pages.put("admin-customer", "/app/admin/customers/" + customerOf(admin, done));
        check(desk, pages);

        var phone = browser().signIn(provider.email(), provider.password());
        pages.clear();
        pages.put("provider-today", "/app/provider");
        pages.put("provider-availability", "/app/provider/availability");
        pages.put("provider-profile", "/app/provider/profile");
        pages.put("provider-performance", "/app/provider/performance");
        pages.put("provider-statements", "/app/provider/statements");
        check(phone, pages);
    }

    private String customerOf(Login admin, String booking) {
        return api.get("/api/bookings/" + booking)
                .as(admin.session())
                .send()
                .body()
                .get("customer")
                .get("id")
                .asString();
    }

    private static void check(Browser browser, LinkedHashMap<String, String> pages) {
        pages.forEach((name, path) -> {
            browser.go(path);
            browser.find("main h1");
            browser.awaitIdle();
            for (int width : WIDTHS) {
                browser.emulate(width, 800);
                assertThat(browser.fitsWidth())
                        .as(name + " fits " + width + " px")
                        .isTrue();
                if (width != 768) {
                    assertThat(browser.seriousAccessibilityViolations())
                            .as(name + " at " + width + " px")
                            .isEmpty();
                    browser.screenshot(name, width);
                }
            }
            browser.stopEmulating();
        });
    }
}
