package dev.tandem.standalone.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.command.TandemCommandApplication;
import dev.tandem.query.TandemQueryApplication;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The split deployment without Axon Server: the command side and the query side as two applications on
 * one database. The query side's processors read the events the command side stored, woken by PostgreSQL's
 * notification of each commit: here they would otherwise look only once an hour.
 */
class SplitDeploymentIntegrationTests {

    /** As command-line arguments, so they win over the standalone module's application.properties on this classpath. */
    private static final String[] SHARED = {
        "--server.port=0",
        "--tandem.database.persistent=false",
        "--tandem.database.database-name=split",
        "--tandem.security.jwt-secret=split-deployment-secret-of-32-bytes!!",
        "--logging.level.tandem.http=WARN"
    };

    static ConfigurableApplicationContext commandSide;
    static ConfigurableApplicationContext querySide;

    @BeforeAll
    static void startBothSides() {
        commandSide = new SpringApplicationBuilder(TandemCommandApplication.class).run(SHARED);
        querySide = new SpringApplicationBuilder(TandemQueryApplication.class)
                .run(Stream.concat(Stream.of(SHARED), Stream.of("--tandem.event-store.fetch-delay=1h"))
                        .toArray(String[]::new));
    }

    @AfterAll
    static void stopBothSides() {
        querySide.close();
        commandSide.close();
    }

    @Test
    void aBusinessSignedUpOnTheCommandSideIsProjectedByTheQuerySide() {
        var commands = new Api(portOf(commandSide));
        var queries = new Api(portOf(querySide));

        var admin = commands.signUp();
        commands.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", "Split Brothers"))
                .send();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var business = queries.get("/api/admin/business").as(admin).send();
            assertThat(business.status()).isEqualTo(200);
            assertThat(business.body().get("name").asString()).isEqualTo("Split Brothers");
            assertThat(business.body().get("version").asLong()).isEqualTo(1);
        });
    }

    @Test
    void autoAssigningOnTheCommandSideAloneAnswersThatTheRankingCannotBeReached() {
        var commands = new Api(portOf(commandSide));
        var admin = commands.signUp();
        var body = Bookings.newBooking(Bookings.TEN_AM, null);
        body.put("autoAssign", false);
        var booking = new Bookings(commands).create(admin, body);
        assertThat(booking.status()).isEqualTo(201);

        var answer = commands.post("/api/admin/auto-assign")
                .as(admin)
                .json(Map.of("bookingId", booking.body().get("id").asString()))
                .send();

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body().get("detail").asString()).contains("not available from this server");
    }

    /** The query side learns of the sign-out from the database's notification, not from its own memory. */
    @Test
    void signingOutOnTheCommandSideEndsTheTokenOnTheQuerySide() {
        var commands = new Api(portOf(commandSide));
        var queries = new Api(portOf(querySide));
        var admin = commands.signUp();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> queries.get("/api/admin/business").as(admin).send().status() == 200);

        commands.post("/api/auth/logout")
                .json(Map.of("refreshToken", admin.refreshToken()))
                .send();

        await().atMost(Duration.ofSeconds(2))
                .until(() -> queries.get("/api/admin/business").as(admin).send().status() == 401);
    }

    @Test
    void eachSideServesOnlyItsOwnEndpoints() {
        var commands = new Api(portOf(commandSide));
        var queries = new Api(portOf(querySide));
        var admin = commands.signUp();

        assertThat(queries.post("/api/auth/login")
                        .json(Map.of("email", admin.email(), "password", Api.PASSWORD))
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(commands.get("/api/admin/business").as(admin).send().status())
                .isIn(404, 405);
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
