package dev.tandem.standalone.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.command.TandemCommandApplication;
import dev.tandem.query.TandemQueryApplication;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.LiveClient;
import java.time.Duration;
import java.util.Map;
import org.axonframework.test.server.AxonServerContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The distributed mode: both sides with profile {@code axonserver} against a real Axon Server, which
 * stores the events and routes commands and queries; PostgreSQL keeps projections, sagas and tokens.
 * Needs Docker; skipped, and reported as skipped, where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class AxonServerDeploymentIntegrationTests {

    @Container
    static final AxonServerContainer axonServer =
            new AxonServerContainer("axoniq/axonserver:2025.1.0").withDevMode(true);

    static ConfigurableApplicationContext commandSide;
    static ConfigurableApplicationContext querySide;
    static ConfigurableApplicationContext secondQuerySide;

    @BeforeAll
    static void startBothSides() {
        String[] arguments = {
            "--spring.profiles.active=axonserver",
            "--axon.axonserver.servers=" + axonServer.getAxonServerAddress(),
            "--server.port=0",
            "--tandem.database.persistent=false",
            "--tandem.database.database-name=distributed",
            "--tandem.security.jwt-secret=axon-server-deployment-secret-32-bytes",
            "--logging.level.tandem.http=WARN"
        };
        commandSide = new SpringApplicationBuilder(TandemCommandApplication.class).run(arguments);
        querySide = new SpringApplicationBuilder(TandemQueryApplication.class).run(arguments);
        secondQuerySide = new SpringApplicationBuilder(TandemQueryApplication.class).run(arguments);
    }

    @AfterAll
    static void stopBothSides() {
        if (secondQuerySide != null) {
            secondQuerySide.close();
        }
        if (querySide != null) {
            querySide.close();
        }
        if (commandSide != null) {
            commandSide.close();
        }
    }

    @Test
    void aBusinessSignedUpOnTheCommandSideIsProjectedByTheQuerySideThroughAxonServer() {
        var commands = new Api(portOf(commandSide));
        var queries = new Api(portOf(querySide));

        var admin = commands.signUp();
        commands.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", "Routed Ltd"))
                .send();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var business = queries.get("/api/admin/business").as(admin).send();
            assertThat(business.status()).isEqualTo(200);
            assertThat(business.body().get("name").asString()).isEqualTo("Routed Ltd");
        });
    }

    /** The events are in Axon Server: the audit trail reads the copy the query side keeps of them. */
    @Test
    void theAuditTrailListsTheBusinesssEventsHeldByAxonServer() {
        var commands = new Api(portOf(commandSide));
        var queries = new Api(portOf(querySide));

        var admin = commands.signUp();
        commands.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", "Audited Ltd"))
                .send();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var trail = queries.get("/api/admin/audit").as(admin).send();
            assertThat(trail.status()).isEqualTo(200);
            assertThat(trail.body().get("items"))
                    .extracting(entry -> entry.get("type").asString())
                    .containsSubsequence("BusinessRegistered", "BusinessSettingsChanged");
        });
    }

    /**
     * One live-update processor serves the cluster; Axon Server routes its subscription-query updates to
     * every query-side instance, so clients of both hear of a change, once each.
     */
    @Test
    void aChangeReachesTheLiveClientsOfEveryQuerySideInstanceOnce() throws Exception {
        var commands = new Api(portOf(commandSide));
        var admin = commands.signUp();
        try (var first = LiveClient.connect(portOf(querySide), admin.token()).subscribeToEvents();
                var second = LiveClient.connect(portOf(secondQuerySide), admin.token())
                        .subscribeToEvents()) {
            LiveClient.awaitSubscribed(querySide.getBean(SimpUserRegistry.class), admin.userId());
            LiveClient.awaitSubscribed(secondQuerySide.getBean(SimpUserRegistry.class), admin.userId());

            var customer = commands.post("/api/admin/customers")
                    .as(admin)
                    .json(Map.of("name", "Ada", "address", "1 Main St", "lat", 48.86, "lng", 2.34))
                    .send();
            commands.post("/api/bookings")
                    .as(admin)
                    .json(Map.of(
                            "customerId",
                            customer.body().get("id").asString(),
                            "service",
                            "cleaning",
                            "scheduledStart",
                            "2027-03-02T09:00:00Z",
                            "durationMinutes",
                            60,
                            "priceCents",
                            10_000,
                            "autoAssign",
                            false))
                    .send();

            await().atMost(Duration.ofSeconds(20)).during(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(first.types()).containsExactly("booking.created");
                assertThat(second.types()).containsExactly("booking.created");
            });
        }
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
