package dev.tandem.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
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

    private static final Column<Integer> ID = new Column<>("id");
    private static final Column<String> STATUS = new Column<>("status");
    private static final Column<Long> STEPS = new Column<>("steps");
    private static final Column<Instant> DUE_AT = new Column<>("due_at");
    private static final Table<Integer> JOB = new Table<>("job", ID);
    private static final Column<String> NOTE = new Column<>("note");
    private static final Table<Integer> JOB_NOTE = new Table<>("job_note", ID);

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;

    private DeferredWrites writes = new DeferredWrites(jdbc, 100);

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        transaction = new TransactionTemplate(new DataSourceTransactionManager(postgres.getPostgresDatabase()));
        jdbc.execute("create table job (id int primary key, status text, steps int, due_at timestamptz)");
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
            writes.write(JOB, 1, "update job set steps = steps * 10 where id = ?", 1);
            advance(1, "CONFIRMED");
        });

        assertThat(rows()).as("(1 × 10) + 1, not (1 + 1) × 10").containsExactly("1 CONFIRMED 11");
    }

    @Test
    void aFlushOfOneTableLeavesTheOthersWritesPending() {
        transaction.executeWithoutResult(status -> {
            insertJob(1);
            writes.insert(JOB_NOTE, 1, row -> row.set(NOTE, "ring twice"));
            writes.flush(JOB);
            assertThat(rows()).containsExactly("1 PENDING 1");
            assertThat(jdbc.queryForObject("select count(*) from job_note", Integer.class))
                    .isZero();
        });

        assertThat(jdbc.queryForList("select note from job_note", String.class)).containsExactly("ring twice");
    }

    @Test
    void addingToAColumnTheInsertLeavesOutIsRefused() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    writes.insert(JOB, 1, row -> row.set(STATUS, "PENDING"));
                    writes.update(JOB, 1, row -> row.add(STEPS, 1));
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

            assertThat(writes.read(JOB, 1, STATUS, () -> statusOf(1))).isEqualTo("CONFIRMED");
            assertThat(rows()).as("still pending").isEmpty();
        });

        assertThat(rowWrites()).isEqualTo(1);
    }

    @Test
    void aReadOfAColumnAPendingUpdateLeavesAloneIsAnsweredByTheDatabaseWithTheUpdateStillPending() {
        insertJob(1);

        transaction.executeWithoutResult(status -> {
            writes.update(JOB, 1, row -> row.set(STEPS, 5L));

            assertThat(writes.read(JOB, 1, STATUS, () -> statusOf(1))).isEqualTo("PENDING");
            assertThat(rows()).as("the update waits for the commit").containsExactly("1 PENDING 1");
        });

        assertThat(rows()).containsExactly("1 PENDING 5");
    }

    @Test
    void aReadOfAColumnAPendingUpdateAddsToSeesTheSumInTheDatabase() {
        insertJob(1);

        transaction.executeWithoutResult(status -> {
            advance(1, "CONFIRMED");

            assertThat(writes.read(JOB, 1, STEPS, () -> stepsOf(1))).isEqualTo(2L);
        });
    }

    @Test
    void aReadOfAColumnARowsPendingInsertLeavesOutSendsTheInsertFirst() {
        transaction.executeWithoutResult(status -> {
            writes.insert(JOB, 1, row -> row.set(STATUS, "PENDING"));

            assertThat(writes.read(JOB, 1, STEPS, () -> stepsOf(1))).isNull();
            assertThat(statusOf(1)).as("the insert was sent").isEqualTo("PENDING");
        });
    }

    @Test
    void aReadOfAnInstantThePendingWritesSetGivesTheInstantBackAndTheDatabaseGetsATimestamp() {
        Instant due = Instant.parse("2026-03-01T09:30:00Z");
        transaction.executeWithoutResult(status -> {
            writes.insert(JOB, 1, row -> row.set(STATUS, "PENDING").set(DUE_AT, due));

            assertThat(writes.read(JOB, 1, DUE_AT, () -> null)).isEqualTo(due);
        });

        assertThat(jdbc.queryForObject("select due_at from job where id = 1", Timestamp.class))
                .isEqualTo(Timestamp.from(due));
    }

    @Test
    void anInstantFinerThanAMicrosecondIsCutNotRoundedSoThatItsMillisecondStaysTheSame() {
        Instant justBeforeAMillisecond = Instant.parse("2026-12-07T12:14:02.626999700Z");
        transaction.executeWithoutResult(
                status -> writes.insert(JOB, 1, row -> row.set(DUE_AT, justBeforeAMillisecond)));

        assertThat(jdbc.queryForObject("select due_at from job where id = 1", Timestamp.class)
                        .toInstant())
                .as("PostgreSQL would have rounded it up to …627")
                .isEqualTo(Instant.parse("2026-12-07T12:14:02.626999Z"));
    }

    @Test
    void aNameThatIsNotAPlainIdentifierIsRefusedBeforeItReachesTheSql() {
        assertThatThrownBy(() -> new Column<String>("status; drop table job"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Table<>("job job", ID)).isInstanceOf(IllegalArgumentException.class);
    }

    private String statusOf(int id) {
        return jdbc.queryForObject("select status from job where id = ?", String.class, id);
    }

    private Long stepsOf(int id) {
        return jdbc.queryForObject("select steps from job where id = ?", Long.class, id);
    }

    private void insertJob(int id) {
        writes.insert(JOB, id, row -> row.set(STATUS, "PENDING").set(STEPS, 1L));
    }

    private void advance(int id, String status) {
        writes.update(JOB, id, row -> row.set(STATUS, status).add(STEPS, 1));
    }

    private int rowWrites() {
        return jdbc.queryForObject("select writes from row_writes", Integer.class);
    }

    private void create(int id) {
        writes.write(JOB, id, "insert into job (id, status, steps) values (?, 'PENDING', 1)", id);
    }

    private void move(int id, String status) {
        writes.write(JOB, id, "update job set status = ?, steps = steps + 1 where id = ?", status, id);
    }

    private List<String> rows() {
        return jdbc.queryForList("select id || ' ' || status || ' ' || steps from job order by id", String.class);
    }
}
