package dev.tandem.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data folder and JVM, shared by every application context in it, so
 * tests with several contexts (and both sides of a split run) meet in the same database and pay the start
 * once. The server stops when the JVM does.
 *
 * <p>Should the server die under a running application (killed, out of memory), the application exits with
 * status {@value #DATABASE_DIED}, for its supervisor (systemd, a container runtime, a shell loop) to start it
 * again: the next start finds the data folder, PostgreSQL recovers every committed transaction, and the
 * processors go on from their tokens. Restarting the server in place would leave this process's connections,
 * claims and caches to chance; a fresh start leaves nothing to chance.
 */
final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String EPHEMERAL = "<temporary>";
    static final int DATABASE_DIED = 3;
    private static volatile boolean stopping;
    private static final Map<String, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> servers =
            new ConcurrentHashMap<>();

    private EmbeddedPostgres() {}

    static DatabaseServer start(DatabaseProperties properties) {
        var server = servers.computeIfAbsent(
                properties.persistent() ? properties.dataDir().toAbsolutePath().toString() : EPHEMERAL,
                key -> launch(properties));
        createDatabaseIfMissing(server, properties.databaseName());
        return new DatabaseServer(server.getJdbcUrl("postgres", properties.databaseName()), "postgres", "");
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres launch(DatabaseProperties properties) {
        try {
            var server = builderFor(properties).start();
            log.info(
                    "Embedded PostgreSQL started on port {}{}{}",
                    server.getPort(),
                    properties.persistent()
                            ? " with data in " + properties.dataDir().toAbsolutePath()
                            : " with temporary data",
                    properties.durable() ? "" : ", not durable (fsync off)");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
            if (properties.persistent()) {
                // A second later: stopped with the whole process (Ctrl-C reaches both), the shutdown has begun.
                postmasterOf(properties.dataDir().toAbsolutePath().resolve("postgres"))
                        .onExit()
                        .thenRunAsync(
                                () -> exitUnlessStopping(server),
                                CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }

    /** The server as these settings want it; a server left running on its data folder is stopped first. */
    static io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builderFor(DatabaseProperties properties)
            throws IOException {
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC");
        // The library starts its server for throwaway test data: fsync and synchronous commit off, so a
        // crash loses what was acknowledged. Tandem's data is not throwaway.
        String durable = properties.durable() ? "on" : "off";
        builder.setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable);
        if (properties.serverSettings() != null) {
            properties.serverSettings().forEach(builder::setServerConfig);
        }
        if (properties.persistent()) {
            Path dir = properties.dataDir().toAbsolutePath().resolve("postgres");
            Files.createDirectories(dir);
            LeftoverServer.stopIfRunning(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        return builder;
    }

    private static void createDatabaseIfMissing(
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, String name) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database \"" + name.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** The server's own process, named in its lock file (the library's process is pg_ctl, which has ended). */
    private static ProcessHandle postmasterOf(Path dataDir) throws IOException {
        String pid =
                Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().strip();
        return ProcessHandle.of(Long.parseLong(pid))
                .orElseThrow(() -> new IOException("The embedded PostgreSQL (pid " + pid + ") is not running"));
    }

    private static void exitUnlessStopping(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        if (stopping) {
            return;
        }
        log.error(
                "The embedded PostgreSQL on port {} has died; exiting with status {} so that this server is started"
                        + " again on its data",
                server.getPort(),
                DATABASE_DIED);
        // From a thread of its own: exit runs the shutdown hooks, which wait for threads like this one.
        Thread.ofPlatform().name("database-died").start(() -> System.exit(DATABASE_DIED));
    }

    private static void close(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        stopping = true;
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
