package dev.tandem.standalone.live;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tandem.kernel.PayRate;
import dev.tandem.kernel.PayRateType;
import dev.tandem.platform.security.SigningKey;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.LiveClient;
import dev.tandem.standalone.support.UnreadLiveConnection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Live events over a real STOMP connection reach exactly the subscribers that may see them. */
class LivePushIntegrationTests extends HttpTests {

    @Autowired
    SimpUserRegistry liveUsers;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JwtDecoder tokenDecoder;

    @Autowired
    SigningKey signingKey;

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
            LiveClient.awaitSubscribed(
                    liveUsers,
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

    @Test
    void eachEventCarriesTheResourceItChangedForADashboardToRender() throws Exception {
        var provider = bookings.provider(admin, new PayRate(PayRateType.PERCENTAGE, 2_500, Bookings.PAY_RATES_FROM));
        try (var adminLive = LiveClient.connect(port, admin.token()).subscribeToEvents()) {
            LiveClient.awaitSubscribed(liveUsers, admin.userId());

            String bookingId =
                    bookings.booked(admin, TEN_AM, provider).get("id").asString();
            bookings.runToCompletion(provider, bookingId);

            await().atMost(LiveClient.patience())
                    .untilAsserted(() -> assertThat(adminLive.types()).contains("provider.status_changed"));
            var confirmed = adminLive.first("booking.confirmed").get("data");
            assertThat(confirmed.get("id").asString()).isEqualTo(bookingId);
            assertThat(confirmed.get("customer").get("name").asString()).isEqualTo("Ada Customer");
            assertThat(confirmed.get("providerId").asString()).isEqualTo(provider.id());
            assertThat(confirmed.get("version").asLong()).isGreaterThanOrEqualTo(2);
            var completed = adminLive.first("booking.completed").get("data");
            assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
            assertThat(completed.get("completedAt").isNull()).isFalse();
            var earnings = adminLive.first("earnings.recorded").get("data");
            assertThat(earnings.get("providerEarningsCents").asLong()).isEqualTo(2_500);
            var notification = adminLive.first("notification.created").get("data");
            assertThat(notification.get("title").asString()).isEqualTo("Booking completed");
            assertThat(notification.get("bookingId").asString()).isEqualTo(bookingId);
            var busy = adminLive.first("provider.status_changed").get("data");
            assertThat(busy.get("id").asString()).isEqualTo(provider.id());
            assertThat(busy.get("name").asString()).isEqualTo("Pat Provider");
            assertThat(busy.get("status").asString()).isEqualTo("BUSY");
        }
    }

    @Test
    void aDashboardPageConnectsWithItsSessionCookie() throws Exception {
        try (var live = LiveClient.connectWithCookie(port, admin.token(), null).subscribeToEvents()) {
            LiveClient.awaitSubscribed(liveUsers, admin.userId());

            bookings.booked(admin, TEN_AM, null);

            await().atMost(LiveClient.patience())
                    .untilAsserted(() -> assertThat(live.types()).contains("booking.created"));
        }
    }

    @Test
    void aSessionCookieSentFromAnotherSiteIsRefused() {
        assertThatThrownBy(() -> LiveClient.connectWithCookie(port, admin.token(), "https://elsewhere.example"))
                .isInstanceOf(ExecutionException.class);
    }

    @Test
    void aForgedSessionCookieIsRefused() {
        String forged = admin.token().substring(0, admin.token().length() - 4) + "AAAA";

        assertThatThrownBy(() -> LiveClient.connectWithCookie(port, forged, null))
                .isInstanceOf(ExecutionException.class);
    }

    @Test
    void theConnectionClosesWhenItsTokenExpires() throws Exception {
        String shortLived =
                new ShortLivedTokens(tokenDecoder, signingKey).reissue(admin.token(), Duration.ofSeconds(2));
        try (var live = LiveClient.connect(port, shortLived).subscribeToEvents()) {
            assertThat(live.isConnected()).isTrue();

            await().atMost(LiveClient.patience()).until(() -> !live.isConnected());
            assertThat(live.errors).anySatisfy(error -> assertThat(error).contains("expired"));
        }
    }

    @Test
    void aDeactivatedProvidersConnectionIsClosed() throws Exception {
        var provider = bookings.provider(admin);
        try (var live = LiveClient.connect(port, provider.session().token()).subscribeToEvents()) {
            LiveClient.awaitSubscribed(liveUsers, provider.session().userId());

            api.delete("/api/admin/providers/" + provider.id()).as(admin).send();

            await().atMost(LiveClient.patience()).until(() -> !live.isConnected());
            assertThat(live.types()).containsExactly("provider.deactivated");
            assertThat(live.errors).anySatisfy(error -> assertThat(error).contains("deactivated"));
        }
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
    void aConnectFrameOfAFewThousandCharactersIsAccepted() throws Exception {
        try (var live = LiveClient.connectWithPadding(port, admin.token(), 1_000)) {
            assertThat(live.isConnected()).isTrue();
        }
    }

    @Test
    void aFrameLargerThanAnyAClientNeedsToSendClosesTheConnection() {
        // Clients send CONNECT, SUBSCRIBE and heart-beats only; the server keeps small buffers for them.
        assertThatThrownBy(() -> LiveClient.connectWithPadding(port, admin.token(), 10_000))
                .isInstanceOf(ExecutionException.class);
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

    @Test
    void eventsOfSeveralBusinessesHandledInOneBatchEachReachTheirOwnAdminsInOrder() throws Exception {
        var provider = bookings.provider(admin);
        var otherAdmin = api.signUp();
        var otherProvider = bookings.provider(otherAdmin);
        try (var adminLive = LiveClient.connect(port, admin.token()).subscribeToEvents();
                var otherLive = LiveClient.connect(port, otherAdmin.token()).subscribeToEvents()) {
            LiveClient.awaitSubscribed(liveUsers, admin.userId(), otherAdmin.userId());
            // Held back, the live push finds both businesses' changes waiting and handles them in one batch.
            var livePush = processing
                    .eventProcessor("live-updates", StreamingEventProcessor.class)
                    .orElseThrow();
            livePush.shutDown();
            try {
                choose(provider.session(), "ON_BREAK");
                choose(otherProvider.session(), "ON_BREAK");
                choose(provider.session(), "AVAILABLE");
            } finally {
                livePush.start();
            }

            // Each admin hears its own provider's changes, in the order they happened, and nothing else; the
            // resource carried is the provider as the views show it when the batch goes out.
            await().atMost(LiveClient.patience())
                    .untilAsserted(() -> assertThat(sequencesOfStatusChanges(adminLive))
                            .hasSize(2)
                            .isSorted());
            await().atMost(LiveClient.patience())
                    .untilAsserted(() ->
                            assertThat(sequencesOfStatusChanges(otherLive)).hasSize(1));
            assertThat(adminLive.events.stream()
                            .map(event -> event.get("aggregateId").asString()))
                    .containsOnly(provider.id());
            assertThat(otherLive.events.stream()
                            .map(event -> event.get("aggregateId").asString()))
                    .containsOnly(otherProvider.id());
            assertThat(statusCarriedBy(adminLive.events.getLast())).isEqualTo("AVAILABLE");
            assertThat(statusCarriedBy(otherLive.events.getLast())).isEqualTo("ON_BREAK");
        }
    }

    @Test
    void aSubscriberThatStopsReadingIsCutOffWithoutHoldingUpTheOthers() throws Exception {
        var provider = bookings.provider(admin);
        try (var attentive = LiveClient.connect(port, admin.token()).subscribeToEvents();
                var stalled = UnreadLiveConnection.subscribe(port, admin.token())) {
            await().atMost(LiveClient.patience()).until(() -> subscribedSessionsOf(admin) == 2);

            // Far more than the stalled connection's socket and its 64 KB of unsent messages hold.
            int changes = 300;
            for (int change = 0; change < changes; change++) {
                choose(provider.session(), change % 2 == 0 ? "ON_BREAK" : "AVAILABLE");
            }
            long answeredAt = System.nanoTime();

            await().atMost(Duration.ofSeconds(3))
                    .untilAsserted(() ->
                            assertThat(sequencesOfStatusChanges(attentive)).hasSize(changes));
            assertThat(Duration.ofNanos(System.nanoTime() - answeredAt)).isLessThan(Duration.ofSeconds(3));
            await().atMost(LiveClient.patience()).until(() -> subscribedSessionsOf(admin) == 1);
            assertThat(attentive.isConnected()).isTrue();
        }
    }

    private int subscribedSessionsOf(Api.Session user) {
        var live = liveUsers.getUser(user.userId());
        return live == null
                ? 0
                : (int) live.getSessions().stream()
                        .filter(session -> !session.getSubscriptions().isEmpty())
                        .count();
    }

    private void choose(Api.Session provider, String status) {
        assertThat(api.post("/api/provider/availability")
                        .as(provider)
                        .json(java.util.Map.of("status", status))
                        .send()
                        .status())
                .isEqualTo(200);
    }

    /** The provider's events' sequence numbers, in the order the status changes arrived. */
    private static java.util.List<Long> sequencesOfStatusChanges(LiveClient live) {
        return live.events.stream()
                .filter(event -> event.get("type").asString().equals("provider.status_changed"))
                .map(event -> event.get("sequence").asLong())
                .toList();
    }

    private static String statusCarriedBy(tools.jackson.databind.JsonNode event) {
        return event.get("data").get("status").asString();
    }
}
