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
