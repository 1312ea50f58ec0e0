package dev.tandem.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL left running on the data folder by a process that was killed before it could stop
 * it (its shutdown hook never ran). A new server cannot start on the folder while it runs, so it is stopped
 * first: a fast shutdown, which rolls back open transactions and keeps every committed one.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private LeftoverServer() {}

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> leftover = serverOf(dataDir.resolve("postmaster.pid"));
        if (leftover.isEmpty()) {
            return; // none, or a stale file, which PostgreSQL ignores when its process is gone
        }
        ProcessHandle server = leftover.get();
        log.warn("An embedded PostgreSQL (pid {}) is still running on {}; stopping it first", server.pid(), dataDir);
        interrupt(server);
        try {
            server.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "The PostgreSQL left running on " + dataDir + " (pid " + server.pid() + ") did not stop", e);
        }
    }

    /** The postmaster named in the lock file, if it runs and is a PostgreSQL. */
    private static Optional<ProcessHandle> serverOf(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().orElse("").endsWith("postgres"));
    }

    /** SIGINT: PostgreSQL's fast shutdown. ProcessHandle only sends TERM or KILL, hence kill(1). */
    private static void interrupt(ProcessHandle server) throws IOException {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(server.pid()))
                    .inheritIO()
                    .start()
                    .waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the leftover PostgreSQL", e);
        }
    }
}
