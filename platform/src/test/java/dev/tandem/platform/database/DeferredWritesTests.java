package dev.tandem.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Deferred writes against a real PostgreSQL: what a projection writes is what its transaction commits. */
class DeferredWritesTests {

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;

    private DeferredWrites writes = new DeferredWrites(jdbc, 100);

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        transaction = new TransactionTemplate(new DataSourceTransactionManager(postgres.getPostgresDatabase()));
        jdbc.execute("create table job (id int primary key, status text, steps int)");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void emptyTheTable() {
        jdbc.execute("truncate job");
    }

    @Test
    void theWritesOfATransactionAreStoredWhenItCommitsEachRowsInTheOrderTheyWereMade() {
        transaction.executeWithoutResult(status -> {
            for (int id = 1; id <= 2; id++) {
                create(id);
                move(id, "CONFIRMED");
            }
            move(1, "COMPLETED");
            assertThat(rows()).as("before the commit").isEmpty();
        });

        assertThat(rows()).containsExactly("1 COMPLETED 3", "2 CONFIRMED 2");
    }

    @Test
    void aFlushLetsTheTransactionReadWhatItWrote() {
        transaction.executeWithoutResult(status -> {
            create(1);
            writes.flush();
            assertThat(rows()).containsExactly("1 PENDING 1");
        });
    }

    @Test
    void pendingWritesGoOutOnceTheLimitIsReached() {
        writes = new DeferredWrites(jdbc, 3);
        transaction.executeWithoutResult(status -> {
            create(1);
            create(2);
            assertThat(rows()).isEmpty();
            create(3);
            assertThat(rows()).hasSize(3);
        });
    }

    @Test
    void aRolledBackTransactionWritesNothing() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    create(1);
                    throw new IllegalStateException("the handler failed");
                }))
                .hasMessage("the handler failed");

        assertThat(rows()).isEmpty();
        transaction.executeWithoutResult(status -> create(2));
        assertThat(rows()).as("nothing left over for the next transaction").containsExactly("2 PENDING 1");
    }

    @Test
    void outsideATransactionAWriteIsStoredAtOnce() {
        create(1);

        assertThat(rows()).containsExactly("1 PENDING 1");
    }

    private void create(int id) {
        writes.write("job", id, "insert into job (id, status, steps) values (?, 'PENDING', 1)", id);
    }

    private void move(int id, String status) {
        writes.write("job", id, "update job set status = ?, steps = steps + 1 where id = ?", status, id);
    }

    private List<String> rows() {
        return jdbc.queryForList("select id || ' ' || status || ' ' || steps from job order by id", String.class);
    }
}
