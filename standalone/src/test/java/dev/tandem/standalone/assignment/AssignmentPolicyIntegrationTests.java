package dev.tandem.standalone.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.provider.Providers;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An admin reads and sets the weights its providers are ranked by; nobody else may. */
class AssignmentPolicyIntegrationTests extends HttpTests {

    private static final String POLICY = "/api/admin/assignment-policy";

    Api.Session admin;

    @BeforeEach
    void aBusiness() {
        admin = api.signUp();
    }

    @Test
    void aNewBusinessRanksByTheDefaultWeights() {
        var policy = api.get(POLICY).as(admin).send();

        assertThat(policy.status()).isEqualTo(200);
        assertThat(weights(policy.body())).containsExactly(0.4, 0.2, 0.2, 0.2);
    }

    @Test
    void anAdminSetsTheWeightsAndReadsThemBack() {
        var changed = api.put(POLICY)
                .as(admin)
                .json(Map.of("distance", 1, "workload", 0, "rating", 2.5, "completion", 1))
                .send();

        assertThat(changed.status()).isEqualTo(200);
        assertThat(weights(changed.body())).containsExactly(1.0, 0.0, 2.5, 1.0);
        var read = api.get(POLICY).as(admin).send();
        assertThat(weights(read.body())).containsExactly(1.0, 0.0, 2.5, 1.0);
        assertThat(read.header("ETag")).isEqualTo(changed.header("ETag"));
    }

    @Test
    void invalidWeightsAreRefusedWithEachBadFieldAndChangeNothing() {
        var negativeAndMissing = api.put(POLICY)
                .as(admin)
                .json(Map.of("distance", -1, "workload", 101, "rating", 1))
                .send();
        var allZero = api.put(POLICY)
                .as(admin)
                .json(Map.of("distance", 0, "workload", 0, "rating", 0, "completion", 0))
                .send();
        var unknownField = api.put(POLICY)
                .as(admin)
                .json(Map.of("distance", 1, "workload", 1, "rating", 1, "completion", 1, "speed", 50))
                .send();

        assertThat(negativeAndMissing.status()).isEqualTo(400);
        assertThat(fields(negativeAndMissing.body())).containsExactlyInAnyOrder("distance", "workload", "completion");
        assertThat(allZero.status()).isEqualTo(400);
        assertThat(fields(allZero.body())).containsExactly("weights");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(fields(unknownField.body())).containsExactly("speed");
        assertThat(weights(api.get(POLICY).as(admin).send().body())).containsExactly(0.4, 0.2, 0.2, 0.2);
    }

    @Test
    void aProviderMayNeitherReadNorChangeThePolicy() {
        var provider = new Providers(api).registerAndLogIn(admin, "Pat").session();

        assertThat(api.get(POLICY).as(provider).send().status()).isEqualTo(403);
        assertThat(api.put(POLICY)
                        .as(provider)
                        .json(Map.of("distance", 1, "workload", 1, "rating", 1, "completion", 1))
                        .send()
                        .status())
                .isEqualTo(403);
    }

    @Test
    void eachBusinessHasItsOwnPolicy() {
        var other = api.signUp();
        api.put(POLICY)
                .as(admin)
                .json(Map.of("distance", 0, "workload", 1, "rating", 0, "completion", 0))
                .send();

        assertThat(weights(api.get(POLICY).as(other).send().body())).containsExactly(0.4, 0.2, 0.2, 0.2);
    }

    private static List<Double> weights(JsonNode policy) {
        return List.of(
                policy.get("distance").asDouble(),
                policy.get("workload").asDouble(),
                policy.get("rating").asDouble(),
                policy.get("completion").asDouble());
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }
}
