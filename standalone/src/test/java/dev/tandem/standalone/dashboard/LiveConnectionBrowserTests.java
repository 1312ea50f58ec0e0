package dev.tandem.standalone.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.ApiBookings;
import dev.tandem.standalone.support.BrowserTests;
import org.junit.jupiter.api.Test;

/** The live connection of a page: it says when it is down, comes back by itself and catches up. */
class LiveConnectionBrowserTests extends BrowserTests {

    @Test
    void aPageThatLostItsConnectionSaysItIsReconnectingThenShowsWhatHappenedMeanwhile() {
        Login admin = business();
        Login provider = provider(admin, "Inès Laurent");
        var phone = browser().signIn(provider.email(), provider.password()).awaitLive();

        phone.offline(true);
        phone.script("window.tandemLive.forceDisconnect()");
        phone.awaitText("#live-status", "Reconnecting…");
        String missed = new ApiBookings(api).book(admin.session(), provider.providerId(), 90);

        phone.offline(false);
        phone.awaitText("#live-status", "Live");
        phone.find("#jobs [data-booking-id='" + missed + "']");
        assertThat(phone.notReloaded()).isTrue();
    }

    @Test
    void anActionTappedWithoutANetworkSaysSoAndIsSentAgainOnceItIsBack() {
        Login admin = business();
        Login provider = provider(admin, "Inès Laurent");
        String job = new ApiBookings(api).book(admin.session(), provider.providerId(), 90);
        var phone = browser().signIn(provider.email(), provider.password()).awaitLive();
        String confirm = "#jobs [data-booking-id='" + job + "'] form[action$=confirm] button";

        phone.offline(true);
        phone.click(confirm);
        phone.awaitText("#unsent", text -> text.startsWith("Not sent: there is no connection."));
        assertThat(api.get("/api/bookings/" + job)
                        .as(admin.session())
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("PENDING");

        phone.offline(false);
        phone.click("#unsent-retry");
        phone.awaitGone("#unsent");
        phone.awaitText("#jobs [data-booking-id='" + job + "'] [data-role=booking-status]", "Confirmed");
        assertThat(api.get("/api/bookings/" + job)
                        .as(admin.session())
                        .send()
                        .body()
                        .get("status")
                        .asString())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aJobChangedElsewhereIsMarkedWhenItChangesOnThePage() {
        Login admin = business();
        Login provider = provider(admin, "Inès Laurent");
        String job = new ApiBookings(api).book(admin.session(), provider.providerId(), 90);
        var phone = browser().signIn(provider.email(), provider.password()).awaitLive();
        phone.find("#jobs [data-booking-id='" + job + "']");

        assertThat(api.patch("/api/bookings/" + job)
                        .as(admin.session())
                        .json(java.util.Map.of("notes", "Gate code changed to 7788"))
                        .send()
                        .status())
                .isEqualTo(200);

        phone.find("#jobs [data-booking-id='" + job + "'].changed");
        phone.awaitText("#jobs [data-booking-id='" + job + "'] [data-role=notes]", "Gate code changed to 7788");
    }
}
