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
        jdbc.execute("create table job_note (id int primary key, note text)");
        // Counts the rows each statement writes to job, as the database sees them.
        jdbc.execute("create table row_writes (writes int)");
        jdbc.execute("""
                create function count_row_write() returns trigger language plpgsql as $$
                begin update row_writes set writes = writes + 1; return null; end $$""");
        jdbc.execute(
                "create trigger counted after insert or update on job for each row execute function count_row_write()");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void emptyTheTable() {
        jdbc.execute("truncate job, job_note, row_writes");
        jdbc.execute("insert into row_writes values (0)");
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

    @Test
    void aRowInsertedAndChangedInOneTransactionIsWrittenOnceWithItsLastValues() {
        transaction.executeWithoutResult(status -> {
            insertJob(1);
            advance(1, "CONFIRMED");
            advance(1, "COMPLETED");
        });

        assertThat(rows()).containsExactly("1 COMPLETED 3");
        assertThat(rowWrites()).isEqualTo(1);
    }

    @Test
    void updatesOfARowAlreadyStoredApplyToItAndItsInsertDoesNothing() {
        insertJob(1);
        advance(1, "CONFIRMED");

        transaction.executeWithoutResult(status -> {
            insertJob(1);
            advance(1, "STARTED");
            insertJob(2);
        });

        assertThat(rows()).containsExactly("1 STARTED 3", "2 PENDING 1");
    }

    @Test
    void anInsertOfARowAlreadyStoredLeavesItAlone() {
        insertJob(1);
        advance(1, "CONFIRMED");

        transaction.executeWithoutResult(status -> insertJob(1));

        assertThat(rows()).containsExactly("1 CONFIRMED 2");
    }

    @Test
    void aStatementOfItsOwnKeepsItsPlaceAmongTheRowsMergedWrites() {
        transaction.executeWithoutResult(status -> {
            insertJob(1);
            writes.write("job", 1, "update job set steps = steps * 10 where id = ?", 1);
            advance(1, "CONFIRMED");
        });

        assertThat(rows()).as("(1 × 10) + 1, not (1 + 1) × 10").containsExactly("1 CONFIRMED 11");
    }

    @Test
    void aFlushOfOneTableLeavesTheOthersWritesPending() {
        transaction.executeWithoutResult(status -> {
            insertJob(1);
            writes.insert("job_note", "id", 1, row -> row.set("note", "ring twice"));
            writes.flush("job");
            assertThat(rows()).containsExactly("1 PENDING 1");
            assertThat(jdbc.queryForObject("select count(*) from job_note", Integer.class))
                    .isZero();
        });

        assertThat(jdbc.queryForList("select note from job_note", String.class)).containsExactly("ring twice");
    }

    @Test
    void addingToAColumnTheInsertLeavesOutIsRefused() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    writes.insert("job", "id", 1, row -> row.set("status", "PENDING"));
                    writes.update("job", "id", 1, row -> row.add("steps", 1));
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steps");

        assertThat(rows()).isEmpty();
    }

    @Test
    void aReadOfAColumnThePendingWritesSetIsAnsweredFromThemWithoutSendingAnything() {
        transaction.executeWithoutResult(status -> {
            insertJob(1);
            advance(1, "CONFIRMED");

            assertThat(writes.<String>read("job", 1, "status", () -> statusOf(1)))
                    .isEqualTo("CONFIRMED");
            assertThat(rows()).as("still pending").isEmpty();
        });

        assertThat(rowWrites()).isEqualTo(1);
    }

    @Test
    void aReadOfAColumnAPendingUpdateLeavesAloneIsAnsweredByTheDatabaseWithTheUpdateStillPending() {
        insertJob(1);

        transaction.executeWithoutResult(status -> {
            writes.update("job", "id", 1, row -> row.set("steps", 5));

            assertThat(writes.<String>read("job", 1, "status", () -> statusOf(1)))
                    .isEqualTo("PENDING");
            assertThat(rows()).as("the update waits for the commit").containsExactly("1 PENDING 1");
        });

        assertThat(rows()).containsExactly("1 PENDING 5");
    }

    @Test
    void aReadOfAColumnAPendingUpdateAddsToSeesTheSumInTheDatabase() {
        insertJob(1);

        transaction.executeWithoutResult(status -> {
            advance(1, "CONFIRMED");

            assertThat(writes.<Integer>read("job", 1, "steps", () -> stepsOf(1)))
                    .isEqualTo(2);
        });
    }

    @Test
    void aReadOfAColumnARowsPendingInsertLeavesOutSendsTheInsertFirst() {
        transaction.executeWithoutResult(status -> {
            writes.insert("job", "id", 1, row -> row.set("status", "PENDING"));

            assertThat(writes.<Integer>read("job", 1, "steps", () -> stepsOf(1)))
                    .isNull();
            assertThat(statusOf(1)).as("the insert was sent").isEqualTo("PENDING");
        });
    }

    private String statusOf(int id) {
        return jdbc.queryForObject("select status from job where id = ?", String.class, id);
    }

    private Integer stepsOf(int id) {
        return jdbc.queryForObject("select steps from job where id = ?", Integer.class, id);
    }

    private void insertJob(int id) {
        writes.insert("job", "id", id, row -> row.set("status", "PENDING").set("steps", 1));
    }

    private void advance(int id, String status) {
        writes.update("job", "id", id, row -> row.set("status", status).add("steps", 1));
    }

    private int rowWrites() {
        return jdbc.queryForObject("select writes from row_writes", Integer.class);
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
