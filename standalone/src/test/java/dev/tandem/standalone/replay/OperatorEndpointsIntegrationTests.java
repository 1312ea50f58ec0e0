package dev.tandem.standalone.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.support.HttpTests;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rebuild endpoints answer the operator's login only, and say clearly what they refuse. */
class OperatorEndpointsIntegrationTests extends HttpTests {

    @Test
    void withoutCredentialsTheOperatorIsAskedToLogIn() {
        var response = api.get("/api/operator/projections").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(api.get("/api/operator/projections")
                        .basic("operator", "guess")
                        .send()
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aBusinessAdminCannotRebuildAnything() {
        var admin = api.signUp();

        assertThat(api.post("/api/operator/replays").as(admin).send().status()).isEqualTo(401);
        assertThat(api.get("/api/operator/projections").as(admin).send().status())
                .isEqualTo(401);
    }

    @Test
    void theOperatorsLoginOpensNothingOfABusiness() {
        assertThat(api.get("/api/admin/business").asOperator().send().status()).isEqualTo(401);
        assertThat(api.get("/api/provider/bookings").asOperator().send().status())
                .isEqualTo(401);
    }

    @Test
    void theOperatorSeesTheProjections() {
        var projections = api.get("/api/operator/projections").asOperator().send();

        assertThat(projections.status()).isEqualTo(200);
        assertThat(projections.body().valueStream().map(node -> node.asString()))
                .contains("booking-view", "earnings-ledger", "admin-notifications")
                .doesNotContain("live-updates");
    }

    @Test
    void anUnknownProjectionIsNotFoundAndNothingIsRebuilt() {
        var response = api.post("/api/operator/replays")
                .asOperator()
                .json(Map.of("projection", "no-such-view"))
                .send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void oneProjectionIsRebuiltAndItsProgressShowsInTheMetrics() {
        api.signUp();
        var started = api.post("/api/operator/replays")
                .asOperator()
                .json(Map.of("projection", "business-view"))
                .send();
        assertThat(started.status()).isEqualTo(202);
        var second = api.post("/api/operator/replays").asOperator().send();
        String location = started.header("Location");

        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get(location)
                                .asOperator()
                                .send()
                                .body()
                                .get("state")
                                .asString(),
                        "DONE"::equals);
        assertThat(second.status()).as("a second rebuild while one runs").isIn(202, 409);
        if (second.status() == 202) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> api.get(second.header("Location"))
                            .asOperator()
                            .send()
                            .body()
                            .get("state")
                            .asString()
                            .equals("DONE"));
        }
        var metrics = api.get("/actuator/prometheus").send().text();
        assertThat(metrics)
                .contains("tandem_replay_events_done", "tandem_replay_events_target", "tandem_replay_events_rate");
    }
}
