package dev.tandem.standalone.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.provider.Providers;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.LiveClient;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/** The live endpoint's limits: one subscription per connection, so many connections per user. */
class LiveLimitsIntegrationTests extends HttpTests {

    /** tandem.live.max-connections-per-user, as shipped. */
    private static final int MAX_CONNECTIONS_PER_USER = 10;

    @Autowired
    SimpUserRegistry liveUsers;

    @Test
    void aSecondSubscriptionOnOneConnectionIsRefusedAndNothingArrivesTwice() throws Exception {
        Api.Session admin = api.signUp();
        try (var live = LiveClient.connect(port, admin.token()).subscribeToEvents()) {
            LiveClient.awaitSubscribed(liveUsers, admin.userId());

            live.subscribeToEvents();

            await().atMost(LiveClient.patience()).until(() -> !live.isConnected());
            assertThat(live.errors).anySatisfy(error -> assertThat(error).contains("already subscribed"));
        }
        try (var live = LiveClient.connect(port, admin.token()).subscribeToEvents()) {
            LiveClient.awaitSubscribed(liveUsers, admin.userId());
            new Providers(api).register(admin, Providers.registration("Once Only"));

            await().atMost(LiveClient.patience()).until(() -> live.types().contains("provider.created"));
            Thread.sleep(300);
            var ids = live.events.stream()
                    .map(event -> event.get("id").asString())
                    .toList();
            assertThat(ids).doesNotHaveDuplicates();
        }
    }

    @Test
    void aUserMayHoldOnlySoManyLiveConnections() throws Exception {
        Api.Session admin = api.signUp();
        var open = new ArrayList<LiveClient>();
        try {
            for (int connection = 0; connection < MAX_CONNECTIONS_PER_USER; connection++) {
                open.add(LiveClient.connect(port, admin.token()).subscribeToEvents());
            }
            await().atMost(LiveClient.patience())
                    .until(() -> liveUsers.getUser(admin.userId()).getSessions().size() == MAX_CONNECTIONS_PER_USER);

            assertThatThrownBy(() -> LiveClient.connect(port, admin.token())).isInstanceOf(ExecutionException.class);

            open.removeFirst().close();
            await().atMost(LiveClient.patience())
                    .until(() -> liveUsers.getUser(admin.userId()).getSessions().size() < MAX_CONNECTIONS_PER_USER);
            open.add(LiveClient.connect(port, admin.token()));
            assertThat(open.getLast().isConnected()).isTrue();
        } finally {
            open.forEach(LiveClient::close);
        }
    }

    @Test
    void aBurstOfConnectionsGetsNoMoreThanTheLimit() throws Exception {
        Api.Session admin = api.signUp();
        var attempts = 3 * MAX_CONNECTIONS_PER_USER;
        var connecting = Executors.newFixedThreadPool(attempts);
        var admitted = new ConcurrentLinkedQueue<LiveClient>();
        try {
            var ready = new CountDownLatch(1);
            var tries = new ArrayList<Future<?>>();
            for (int attempt = 0; attempt < attempts; attempt++) {
                tries.add(connecting.submit(() -> {
                    ready.await();
                    try {
                        admitted.add(LiveClient.connect(port, admin.token()));
                    } catch (ExecutionException refused) {
                        // beyond the limit
                    }
                    return null;
                }));
            }
            ready.countDown();
            for (var attempt : tries) {
                attempt.get();
            }

            assertThat(admitted).hasSize(MAX_CONNECTIONS_PER_USER);
            assertThat(admitted).allMatch(LiveClient::isConnected);
        } finally {
            admitted.forEach(LiveClient::close);
            connecting.shutdownNow();
        }
    }
}
