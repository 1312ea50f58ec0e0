package dev.tandem.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** No business can take the server from the others, nor grow its lists without bound. */
// A database of its own: a second server on the shared one would take the other tests' processors' tokens.
@TestPropertySource(
        properties = {
            "tandem.web.business-writes-per-second=5",
            "tandem.business.max-providers=2",
            "tandem.database.database-name=business_limits"
        })
class BusinessLimitsIntegrationTests extends HttpTests {

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

    @Test
    void aBusinessAtItsProviderLimitIsToldSoAndTheProviderIsNotCreated() {
        var bookings = new Bookings(api);
        Api.Session full = api.signUp();
        bookings.provider(full);
        bookings.provider(full);

        var third = api.post("/api/admin/providers")
                .as(full)
                .json(Map.of(
                        "name",
                        "Third Hand",
                        "email",
                        "third-" + UUID.randomUUID() + "@example.com",
                        "skills",
                        List.of("cleaning")))
                .send();

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.body().get("detail").asString())
                .isEqualTo("This business already has 2 providers, the most it may hold.");
        assertThat(api.get("/api/admin/providers").as(full).send().body().get("items"))
                .hasSize(2);
        assertThat(bookings.provider(api.signUp()).session())
                .as("another business is not affected")
                .isNotNull();
    }

    private Api.Response rename(Api.Session admin, String name) {
        return api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", name))
                .send();
    }
}
