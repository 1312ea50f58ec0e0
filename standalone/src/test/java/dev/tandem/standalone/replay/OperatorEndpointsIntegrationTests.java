package dev.tandem.standalone.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.HttpTests;
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
    void aNamedProjectionIsRebuiltWithThoseSharingItsProcessorAndItsProgressShowsInTheMetrics() {
        api.signUp();
        var started = api.post("/api/operator/replays")
                .asOperator()
                .json(Map.of("projection", "business-view"))
                .send();
        assertThat(started.status()).isEqualTo(202);
        // The projections share one processor and one token (docs/adr/0011), so they are rebuilt together.
        var all = api.get("/api/operator/projections").asOperator().send().body();
        assertThat(started.body().get("projections")).isEqualTo(all);
        assertThat(started.body().get("projections").valueStream().map(node -> node.asString()))
                .contains("business-view", "booking-view");

        var done = Rebuilds.awaitFinished(api, started.header("Location"));

        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("eventsTotal").asLong()).isPositive();
        assertThat(done.get("eventsDone").asLong())
                .isEqualTo(done.get("eventsTotal").asLong());
        assertThat(done.get("finishedAt").isNull()).isFalse();
        var metrics = api.get("/actuator/prometheus").send().text();
        assertThat(metrics)
                .contains("tandem_replay_events_done", "tandem_replay_events_target", "tandem_replay_events_rate");
    }
}
