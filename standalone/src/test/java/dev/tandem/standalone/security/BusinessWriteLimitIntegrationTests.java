package dev.tandem.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** No business can take the server from the others: past its write rate it hears 429, they do not. */
@TestPropertySource(properties = "tandem.web.business-writes-per-second=5")
class BusinessWriteLimitIntegrationTests extends HttpTests {

    @Test
    void aBusinessOverItsWriteRateIsRefusedWithRetryAfterAndTheOthersGoOn() {
        Api.Session busy = api.signUp();
        Api.Session other = api.signUp();

        var statuses = new ArrayList<Api.Response>();
        for (int write = 0; write < 15; write++) {
            statuses.add(rename(busy, "Busy " + write));
        }

        var refused = statuses.stream().filter(answer -> answer.status() == 429).toList();
        assertThat(refused).isNotEmpty();
        assertThat(refused.getFirst().contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(refused.getFirst().header("Retry-After"))).isPositive();
        long accepted =
                statuses.stream().filter(answer -> answer.status() == 200).count();
        assertThat(api.get("/api/admin/business")
                        .as(busy)
                        .send()
                        .body()
                        .get("version")
                        .asLong())
                .as("versions: one per accepted write, none for a refused one")
                .isEqualTo(accepted);
        assertThat(rename(other, "Quiet Co").status()).isEqualTo(200);
        assertThat(api.get("/api/admin/business").as(busy).send().status())
                .as("reads are not limited")
                .isEqualTo(200);
    }

    private Api.Response rename(Api.Session admin, String name) {
        return api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", name))
                .send();
    }
}
