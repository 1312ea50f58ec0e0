package dev.tandem.standalone.live;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.TandemStandaloneApplication;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.HttpTests;
import dev.tandem.standalone.support.LiveClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.messaging.simp.user.SimpUserRegistry;

/**
 * Two instances on one database: a change made through one reaches a client connected to the other,
 * because each instance's live-update processor reads the shared event store.
 */
class TwoInstancesLivePushIntegrationTests extends HttpTests {

    @Value("${tandem.security.jwt-secret}")
    String secret;

    @Test
    void aChangeMadeThroughOneInstanceReachesAClientOfTheOther() throws Exception {
        var bookings = new Bookings(api);
        var admin = api.signUp();
        var provider = bookings.provider(admin);
        try (var instanceB = new SpringApplicationBuilder(TandemStandaloneApplication.class)
                        .run(
                                "--server.port=0",
                                "--tandem.database.persistent=false",
                                "--tandem.demo.enabled=false",
                                "--tandem.security.jwt-secret=" + secret,
                                "--logging.level.tandem.http=WARN");
                var liveOnB = LiveClient.connect(
                                Integer.parseInt(instanceB.getEnvironment().getProperty("local.server.port")),
                                admin.token())
                        .subscribeToEvents()) {
            var usersOnB = instanceB.getBean(SimpUserRegistry.class);
            await().atMost(LiveClient.patience())
                    .until(() -> usersOnB.getUser(admin.userId()) != null
                            && usersOnB.getUser(admin.userId()).getSessions().stream()
                                    .anyMatch(session ->
                                            !session.getSubscriptions().isEmpty()));

            String bookingId =
                    bookings.booked(admin, TEN_AM, provider).get("id").asString();

            await().atMost(LiveClient.patience())
                    .untilAsserted(() -> assertThat(liveOnB.events).anySatisfy(event -> {
                        assertThat(event.get("type").asString()).isEqualTo("booking.created");
                        assertThat(event.get("aggregateId").asString()).isEqualTo(bookingId);
                    }));
        }
    }
}
