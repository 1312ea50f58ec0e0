package dev.tandem.standalone.provider;

import static dev.tandem.standalone.provider.ProviderAdminIntegrationTests.names;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.StandaloneTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Not yours is not found: another business's admin and another provider learn nothing. */
@StandaloneTest
class ProviderIsolationIntegrationTests {

    @LocalServerPort
    int port;

    Api api;
    Providers providers;
    Api.Session admin;
    Api.Session otherAdmin;
    Providers.Registered pat;

    @BeforeEach
    void connect() {
        api = new Api(port);
        providers = new Providers(api);
        admin = api.signUp();
        otherAdmin = api.signUp();
        pat = providers.registerAndLogIn(admin, "Pat");
    }

    @Test
    void anotherBusinesssAdminFindsNoneOfTheProviderEndpoints() {
        String path = "/api/admin/providers/" + pat.id();

        var read = api.get(path).as(otherAdmin).send();
        var change = api.put(path).as(otherAdmin).json(Map.of("name", "Stolen")).send();
        var pay = api.post("/api/admin/providers/legacy")
                .as(otherAdmin)
                .json(Map.of("providerId", pat.id(), "type", "PERCENTAGE", "amount", 10_000))
                .send();
        var deactivate = api.delete(path).as(otherAdmin).send();

        assertThat(List.of(read.status(), change.status(), pay.status(), deactivate.status()))
                .containsOnly(404);
        var mine = api.get(path).as(admin).send().body();
        assertThat(mine.get("name").asString()).isEqualTo("Pat");
        assertThat(mine.get("active").asBoolean()).isTrue();
        assertThat(mine.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        assertThat(api.get("/api/admin/providers/" + UUID.randomUUID())
                        .as(admin)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/admin/providers/not-an-id").as(admin).send().status())
                .isEqualTo(404);
        assertThat(api.put("/api/admin/providers/" + UUID.randomUUID())
                        .as(admin)
                        .json(Map.of("name", "Ghost"))
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/admin/providers/" + admin.businessId())
                        .as(admin)
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void listsNeverShowAnotherBusinesssProviders() {
        providers.registerAndLogIn(otherAdmin, "Theirs");

        var mine = api.get("/api/admin/providers").as(admin).send().body();
        var theirs = api.get("/api/admin/providers").as(otherAdmin).send().body();
        var myPayRoll = api.get("/api/admin/providers/legacy").as(admin).send().body();
        var searchForTheirs =
                api.get("/api/admin/providers?q=Theirs").as(admin).send().body();

        assertThat(names(mine)).containsExactly("Pat");
        assertThat(names(theirs)).containsExactly("Theirs");
        assertThat(names(myPayRoll)).containsExactly("Pat");
        assertThat(names(searchForTheirs)).isEmpty();
    }

    @Test
    void anotherProviderOfTheSameBusinessSeesAndChangesOnlyItself() {
        var sam = providers.registerAndLogIn(admin, "Sam");

        var samsProfile = api.get("/api/provider/profile").as(sam.session()).send();
        api.post("/api/provider/availability")
                .as(sam.session())
                .json(Map.of("status", "OFFLINE"))
                .send();
        api.put("/api/provider/profile")
                .as(sam.session())
                .json(Map.of("name", "Sam Renamed"))
                .send();

        assertThat(samsProfile.body().get("id").asString()).isEqualTo(sam.id());
        var patsProfile =
                api.get("/api/provider/profile").as(pat.session()).send().body();
        var patsAvailability =
                api.get("/api/provider/availability").as(pat.session()).send().body();
        assertThat(patsProfile.get("name").asString()).isEqualTo("Pat");
        assertThat(patsAvailability.get("status").asString()).isEqualTo("AVAILABLE");
    }

    @Test
    void aProviderCannotReachAnotherProvidersRecordThroughTheAdminPaths() {
        var sam = providers.registerAndLogIn(admin, "Sam");

        assertThat(api.get("/api/admin/providers/" + pat.id())
                        .as(sam.session())
                        .send()
                        .status())
                .isEqualTo(403);
    }
}
