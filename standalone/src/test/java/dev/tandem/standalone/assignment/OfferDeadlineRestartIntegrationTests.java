package dev.tandem.standalone.assignment;

import static dev.tandem.standalone.booking.Bookings.TEN_AM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.TandemStandaloneApplication;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An offer's deadline is kept in the database: an instance that stops while an offer is open leaves it to
 * the next one started, which lets the offer expire on time and carries on: the second provider is offered
 * the job, lets it expire too, and nobody else is left.
 */
class OfferDeadlineRestartIntegrationTests {

    private static final String[] SHORT_OFFERS = {
        "--server.port=0",
        "--tandem.database.persistent=false",
        "--tandem.database.database-name=offer_restart",
        "--tandem.demo.enabled=false",
        "--tandem.security.jwt-secret=offer-deadline-restart-secret-32-bytes",
        "--tandem.assignment.offer-timeout=3s",
        "--logging.level.tandem.http=WARN"
    };

    @Test
    void anOfferStillExpiresWhenTheInstanceThatMadeItHasStopped() {
        String bookingId;
        Api.Session admin;
        try (var first = start()) {
            var api = new Api(portOf(first));
            var bookings = new Bookings(api);
            admin = api.signUp();
            bookings.provider(admin);
            bookings.provider(admin);
            bookingId = bookings.booked(admin, TEN_AM, null).get("id").asString();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !api.get("/api/bookings/" + bookingId)
                            .as(admin)
                            .send()
                            .body()
                            .get("offerExpiresAt")
                            .isNull());
        }

        try (var second = start()) {
            var api = new Api(portOf(second));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var history = api.get("/api/bookings/" + bookingId + "/history")
                        .as(admin)
                        .send()
                        .body();
                assertThat(history.valueStream().map(entry -> entry.get("type").asString()))
                        .containsSubsequence(
                                "AssignmentProposed",
                                "AssignmentOfferExpired",
                                "AssignmentProposed",
                                "AssignmentOfferExpired",
                                "AssignmentFailed");
            });
            var booking = api.get("/api/bookings/" + bookingId).as(admin).send().body();
            assertThat(booking.get("providerId").isNull()).isTrue();
            assertThat(booking.get("status").asString()).isEqualTo("PENDING");
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TandemStandaloneApplication.class).run(SHORT_OFFERS);
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
