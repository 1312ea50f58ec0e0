package dev.tandem.standalone.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.platform.database.DatabaseServer;
import dev.tandem.standalone.support.Api;
import dev.tandem.standalone.support.HttpTests;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * One deadline for the whole request: with a lock wait longer than the request may take, a write that meets a
 * held row is answered at the request's deadline, not the lock's, and changes nothing.
 */
// A database of its own: a second server on the shared one would take the other tests' processors' tokens.
@TestPropertySource(
        properties = {
            "tandem.web.request-timeout=2s",
            "tandem.database.lock-timeout=30s",
            "tandem.database.database-name=request_deadline"
        })
class RequestDeadlineIntegrationTests extends HttpTests {

    @Autowired
    DatabaseServer database;

    @Test
    void aWriteHeldByALockIsAnsweredAtTheRequestsDeadlineAndChangesNothing() throws Exception {
        Api.Session admin = api.signUp();
        var signOut = SignOutOverAHeldRow.send(api, database, admin);

        assertThat(signOut.answer().status()).as(signOut.answer().text()).isEqualTo(503);
        assertThat(signOut.answer().header("Retry-After")).isNotBlank();
        assertThat(signOut.waited())
                // Statement timeouts are whole seconds, counted down by Hibernate: the answer may come a
                // little before the deadline, never after it.
                .as("answered by the request's deadline (2 s), long before the lock's (30 s)")
                .isBetween(Duration.ofMillis(500), Duration.ofSeconds(4));
        assertThat(api.get("/api/me").as(admin).send().status())
                .as("the sign-out did not happen")
                .isEqualTo(200);
    }

    @Test
    void aRequestWithinItsDeadlineIsUnaffected() {
        Api.Session admin = api.signUp();

        var renamed = api.put("/api/admin/business")
                .as(admin)
                .json(Map.of("name", "Within Time Co"))
                .send();

        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(api.get("/api/admin/business")
                        .as(admin)
                        .send()
                        .body()
                        .get("name")
                        .asString())
                .isEqualTo("Within Time Co");
    }
}
