package dev.tandem.standalone.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.TandemStandaloneApplication;
import dev.tandem.standalone.support.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * TANDEM_DATABASE_URL points Tandem at a PostgreSQL server it did not start, logging in as an ordinary
 * database owner (not a superuser): the migrations run, the demo business is loaded once, and the API works.
 */
class ExternalPostgresIntegrationTests {

    static EmbeddedPostgres server;
    static String url;

    @BeforeAll
    static void startAServerOfOurOwn() throws Exception {
        server = EmbeddedPostgres.builder().start();
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create role shop_owner login password 'owner-password' createrole");
            statement.execute("create database shop owner shop_owner");
        }
        url = "jdbc:postgresql://localhost:" + server.getPort() + "/shop";
    }

    @AfterAll
    static void stopIt() throws Exception {
        server.close();
    }

    @Test
    void tandemRunsOnAnExternalServerAndLoadsTheDemoBusinessOnce() {
        try (var first = start()) {
            var api = new Api(portOf(first));
            var login = api.post("/api/auth/login")
                    .json(Map.of("email", "admin@sparkle.example", "password", "sparkle-admin-2026"))
                    .send();
            assertThat(login.status()).isEqualTo(200);
            var business = api.get("/api/admin/business")
                    .bearer(login.body().get("token").asString())
                    .send();
            assertThat(business.body().get("name").asString()).isEqualTo("Sparkle Home Cleaning");
            everyDemoJobIsOneItsProviderHasTheSkillFor(
                    api, login.body().get("token").asString());
        }

        try (var second = start()) {
            var api = new Api(portOf(second));
            assertThat(api.post("/api/auth/login")
                            .json(Map.of("email", "admin@sparkle.example", "password", "sparkle-admin-2026"))
                            .send()
                            .status())
                    .isEqualTo(200);
        }
    }

    /** The demo is consistent: each assigned booking names a catalogue service whose skill its provider has. */
    private static void everyDemoJobIsOneItsProviderHasTheSkillFor(Api api, String token) {
        var skillOfService = new java.util.HashMap<String, String>();
        api.get("/api/admin/services")
                .bearer(token)
                .send()
                .body()
                .get("items")
                .valueStream()
                .forEach(service -> skillOfService.put(
                        service.get("name").asString(), service.get("skill").asString()));
        var skillsOfProvider = new java.util.HashMap<String, java.util.List<String>>();
        api.get("/api/admin/providers?limit=100")
                .bearer(token)
                .send()
                .body()
                .get("items")
                .valueStream()
                .forEach(provider -> skillsOfProvider.put(
                        provider.get("id").asString(),
                        provider.get("skills")
                                .valueStream()
                                .map(skill -> skill.asString())
                                .toList()));
        var bookings =
                api.get("/api/bookings?limit=200").bearer(token).send().body().get("items");
        assertThat(bookings.size()).isGreaterThan(20);
        bookings.valueStream()
                .filter(booking -> !booking.get("providerId").isNull())
                .forEach(booking -> assertThat(
                                skillsOfProvider.get(booking.get("providerId").asString()))
                        .as(
                                "the skills of the provider of a %s job",
                                booking.get("service").asString())
                        .contains(skillOfService.get(booking.get("service").asString())));
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TandemStandaloneApplication.class)
                .run(
                        "--server.port=0",
                        "--tandem.database.url=" + url,
                        "--tandem.database.user=shop_owner",
                        "--tandem.database.password=owner-password",
                        "--tandem.database.application-role=shop_app",
                        "--tandem.demo.enabled=true",
                        "--tandem.security.jwt-secret=external-postgres-secret-of-32-bytes!",
                        "--logging.level.tandem.http=WARN");
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
