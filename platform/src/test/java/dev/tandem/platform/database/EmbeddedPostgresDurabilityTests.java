package dev.tandem.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded server keeps what it acknowledged: a crash of the database (an immediate shutdown, which writes
 * nothing more) loses no committed row, and a server left running by a killed process is stopped, not fought.
 */
class EmbeddedPostgresDurabilityTests {

    @TempDir
    Path dataDir;

    @Test
    void byDefaultEveryCommitIsOnDiskBeforeItIsAcknowledged() throws Exception {
        try (var server = EmbeddedPostgres.builderFor(settings(true)).start()) {
            var jdbc = new JdbcTemplate(server.getPostgresDatabase());

            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class))
                    .isEqualTo("on");
        }
        try (var server = EmbeddedPostgres.builderFor(settings(false)).start()) {
            var jdbc = new JdbcTemplate(server.getPostgresDatabase());

            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("off");
        }
    }

    @Test
    void everyAcknowledgedCommitSurvivesACrashOfTheDatabase() throws Exception {
        var crashed = EmbeddedPostgres.builderFor(settings(true)).start();
        var jdbc = new JdbcTemplate(crashed.getPostgresDatabase());
        jdbc.execute("create table acknowledged (id int primary key)");
        for (int i = 0; i < 200; i++) {
            jdbc.update("insert into acknowledged values (?)", i);
        }

        signalPostmaster("-QUIT"); // immediate shutdown: no checkpoint, nothing more written
        closeQuietly(crashed);

        try (var restarted = EmbeddedPostgres.builderFor(settings(true)).start()) {
            var after = new JdbcTemplate(restarted.getPostgresDatabase());
            assertThat(after.queryForObject("select count(*) from acknowledged", Long.class))
                    .isEqualTo(200);
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAndItsDataKept() throws Exception {
        var leftover = EmbeddedPostgres.builderFor(settings(true)).start();
        new JdbcTemplate(leftover.getPostgresDatabase()).execute("create table kept (id int)");
        long pid = postmasterPid();

        LeftoverServer.stopIfRunning(postgresDir());

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        closeQuietly(leftover); // what remains of it in this JVM: its lock on the folder
        try (var next = EmbeddedPostgres.builderFor(settings(true)).start()) {
            assertThat(new JdbcTemplate(next.getPostgresDatabase())
                            .queryForObject("select count(*) from kept", Long.class))
                    .isZero();
        }
    }

    private DatabaseProperties settings(boolean durable) {
        return new DatabaseProperties(
                null,
                null,
                null,
                dataDir,
                true,
                "tandem",
                "tandem_app",
                10,
                durable,
                Duration.ofSeconds(2),
                Duration.ofSeconds(30),
                Duration.ofSeconds(5),
                null);
    }

    private Path postgresDir() {
        return dataDir.toAbsolutePath().resolve("postgres");
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(postgresDir().resolve("postmaster.pid"))
                .getFirst()
                .strip());
    }

    private void signalPostmaster(String signal) throws Exception {
        long pid = postmasterPid();
        new ProcessBuilder("kill", signal, Long.toString(pid))
                .inheritIO()
                .start()
                .waitFor(5, TimeUnit.SECONDS);
        ProcessHandle.of(pid)
                .ifPresent(process -> process.onExit()
                        .orTimeout(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS)
                        .join());
    }

    private static void closeQuietly(AutoCloseable server) {
        try {
            server.close();
        } catch (Exception alreadyStopped) {
            // its postmaster is gone already; closing releases the folder's lock
        }
    }
}
