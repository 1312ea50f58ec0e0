package dev.tandem.standalone.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.platform.database.ConnectionName;
import dev.tandem.platform.database.DatabaseServer;
import dev.tandem.standalone.booking.Bookings;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The database misbehaving under the server: a row held by another transaction, connections killed in the
 * middle of their transactions. Every wait is bounded, every answer clear (503 with Retry-After, never a 500
 * or a hang), and nothing is half-applied.
 */
class DatabaseFaultsIntegrationTests extends HttpTests {

    @Autowired
    DatabaseServer database;

    @Autowired
    ConnectionName connectionName;

    @Test
    void aWriteThatMeetsARowHeldElsewhereWaitsABoundedTimeAndChangesNothing() throws Exception {
        Api.Session admin = api.signUp();
        var signOut = SignOutOverAHeldRow.send(api, database, admin);

        assertThat(signOut.answer().status()).as(signOut.answer().text()).isEqualTo(503);
        assertThat(signOut.answer().header("Retry-After")).isNotBlank();
        assertThat(signOut.answer().contentType()).isEqualTo("application/problem+json");
        assertThat(signOut.waited()).isLessThan(Duration.ofSeconds(15));
        assertThat(api.get("/api/me").as(admin).send().status())
                .as("the sign-out did not happen, not even half of it")
                .isEqualTo(200);
        assertThat(api.post("/api/auth/refresh")
                        .json(Map.of("refreshToken", admin.refreshToken()))
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void connectionsKilledInTheMiddleOfTheirTransactionsLoseNoAcknowledgedWrite() throws Exception {
        Api.Session admin = api.signUp();
        var killing = new AtomicBoolean(true);
        var killed = new AtomicInteger();
        Thread killer = Thread.ofPlatform().start(() -> killTheServersConnections(killing, killed));
        var acknowledged = new ArrayList<String>();
        var otherAnswers = new ArrayList<Integer>();
        try {
            for (int booking = 0; booking < 30; booking++) {
                var answer = new Bookings(api)
                        .create(admin, Bookings.newBooking(Bookings.TEN_AM.plus(Duration.ofHours(booking)), null));
                if (answer.status() == 201) {
                    acknowledged.add(answer.body().get("id").asString());
                } else {
                    otherAnswers.add(answer.status());
                }
            }
        } finally {
            killing.set(false);
            killer.join();
        }

        assertThat(killed.get()).as("connections killed").isPositive();
        assertThat(otherAnswers).as("answers other than 201").containsOnly(503);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var listed = api.get("/api/bookings?limit=500").as(admin).send();
            assertThat(listed.status()).isEqualTo(200);
            var ids = new HashSet<String>();
            listed.body().get("items").forEach(item -> ids.add(item.get("id").asString()));
            assertThat(ids).containsAll(acknowledged);
            assertThat(ids.size()).isLessThanOrEqualTo(30);
        });
    }

    private void killTheServersConnections(AtomicBoolean killing, AtomicInteger killed) {
        try (Connection killer = ownerConnection();
                var kill = killer.prepareStatement("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where application_name = ? and pid <> pg_backend_pid()")) {
            kill.setString(1, connectionName.value());
            while (killing.get()) {
                var rows = kill.executeQuery();
                rows.next();
                killed.addAndGet(rows.getInt(1));
                Thread.sleep(150);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection ownerConnection() throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), database.ownerUser(), database.ownerPassword());
    }
}
