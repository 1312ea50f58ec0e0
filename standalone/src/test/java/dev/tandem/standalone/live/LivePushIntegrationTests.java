package dev.tandem.standalone.live;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/** Live events over a real STOMP connection reach exactly the subscribers that may see them. */
class LivePushIntegrationTests extends HttpTests {

    @Autowired
    SimpUserRegistry liveUsers;

    Bookings bookings;
    Api.Session admin;

    @BeforeEach
    void aBusinessWithAnAdmin() {
        bookings = new Bookings(api);
        admin = api.signUp();
    }

    @Test
    void eachStepOfABookingReachesTheAdminsAndItsProviderButNoOneElse() throws Exception {
        var provider = bookings.provider(admin);
        var colleague = bookings.provider(admin);
        var otherAdmin = api.signUp();
        try (var adminLive = LiveClient.connect(port, admin.token()).subscribeToEvents();
                var providerLive =
                        LiveClient.connect(port, provider.session().token()).subscribeToEvents();
                var colleagueLive =
                        LiveClient.connect(port, colleague.session().token()).subscribeToEvents();
                var otherLive = LiveClient.connect(port, otherAdmin.token()).subscribeToEvents()) {
            awaitSubscribed(
                    admin.userId(),
                    provider.session().userId(),
                    colleague.session().userId(),
                    otherAdmin.userId());

            String bookingId =
                    bookings.booked(admin, TEN_AM, provider).get("id").asString();
            bookings.runToCompletion(provider, bookingId);

            await().atMost(LiveClient.patience())
                    .untilAsserted(() -> assertThat(adminLive.types())
                            .containsSubsequence(
                                    "booking.created",
                                    "booking.assigned",
                                    "booking.confirmed",
                                    "booking.started",
                                    "booking.completed"));
            await().atMost(LiveClient.patience())
                    .untilAsserted(() -> assertThat(providerLive.types())
                            .containsSubsequence(
                                    "booking.assigned", "booking.confirmed", "booking.started", "booking.completed")
                            .contains("earnings.recorded", "provider.status_changed"));
            assertThat(adminLive.types()).contains("earnings.recorded", "provider.status_changed");
            var created = adminLive.events.stream()
                    .filter(event -> event.get("type").asString().equals("booking.created"))
                    .findFirst()
                    .orElseThrow();
            assertThat(created.get("businessId").asString()).isEqualTo(admin.businessId());
            assertThat(created.get("aggregateId").asString()).isEqualTo(bookingId);
            assertThat(created.get("sequence").asLong()).isZero();
            assertThat(created.get("data").get("service").asString()).isEqualTo("cleaning");
            assertThat(adminLive.eventTypeHeaders).contains("booking.created");
            assertThat(colleagueLive.types()).doesNotContain("booking.assigned", "booking.completed");
            assertThat(otherLive.events).isEmpty();
        }
    }

    /** Subscribing is asynchronous: wait until the server holds each user's subscription. */
    private void awaitSubscribed(String... userIds) {
        await().atMost(LiveClient.patience())
                .until(() -> java.util.Arrays.stream(userIds).allMatch(userId -> {
                    var user = liveUsers.getUser(userId);
                    return user != null
                            && user.getSessions().stream()
                                    .anyMatch(session ->
                                            !session.getSubscriptions().isEmpty());
                }));
    }

    @Test
    void aConnectWithoutATokenIsRefused() {
        assertThatThrownBy(() -> LiveClient.connect(port, null)).isInstanceOf(ExecutionException.class);
    }

    @Test
    void aConnectWithAForgedTokenIsRefused() {
        String forged = admin.token().substring(0, admin.token().length() - 4) + "AAAA";

        assertThatThrownBy(() -> LiveClient.connect(port, forged)).isInstanceOf(ExecutionException.class);
    }

    @Test
    void subscribingToAnyOtherDestinationIsRefused() throws Exception {
        try (var live = LiveClient.connect(port, admin.token())) {
            live.subscribe("/topic/everything");

            await().atMost(LiveClient.patience()).until(() -> !live.isConnected());
            assertThat(live.errors).isNotEmpty();
        }
    }

    @Test
    void aProviderCannotListenOnAnotherUsersQueue() throws Exception {
        var provider = bookings.provider(admin);
        try (var live = LiveClient.connect(port, provider.session().token())) {
            live.subscribe("/user/" + admin.userId() + "/queue/events");

            await().atMost(LiveClient.patience()).until(() -> !live.isConnected());
        }
    }
}
