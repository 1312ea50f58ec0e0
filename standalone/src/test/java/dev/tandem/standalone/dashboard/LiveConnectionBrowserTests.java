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
}
