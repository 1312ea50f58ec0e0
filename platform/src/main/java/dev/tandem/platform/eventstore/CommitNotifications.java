package dev.tandem.platform.eventstore;

import dev.tandem.platform.database.ConnectionName;
import dev.tandem.platform.database.DatabaseServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Wakes this process's event readers when any process stores events: one connection of its own LISTENs on
 * the channel the event table's trigger notifies (Flyway's V4 of the platform), so a reader waits for a
 * commit rather than polling the table every few milliseconds. Its own commits, which woke its readers
 * directly, are told apart by the writer's connection name and ignored: reading again found nothing, and cost
 * two statements per commit. Should the connection fail, it is opened again; meanwhile the readers still look
 * every {@code tandem.event-store.fetch-delay}.
 */
final class CommitNotifications implements SmartLifecycle {

    static final String CHANNEL = "tandem_events";
    private static final Logger log = LoggerFactory.getLogger(CommitNotifications.class);
    private static final int WAIT_MILLIS = 10_000;
    private static final Duration MOST_BETWEEN_ATTEMPTS = Duration.ofSeconds(30);
    private static final Duration FIRST_LISTEN = Duration.ofSeconds(5);

    private final DatabaseServer server;
    private final CommitAwareEventStore readers;
    private final ConnectionName ownConnections;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile Thread listener;

    CommitNotifications(DatabaseServer server, CommitAwareEventStore readers, ConnectionName ownConnections) {
        this.server = server;
        this.readers = readers;
        this.ownConnections = ownConnections;
    }

    /** Returns once it listens (or has tried for a few seconds), so that no commit after the start is missed. */
    @Override
    public void start() {
        // Assigned before it starts: the thread listens only while it is this instance's listener.
        Thread thread =
                Thread.ofPlatform().name("event-commit-listener").daemon().unstarted(this::listen);
        listener = thread;
        thread.start();
        try {
            if (!listening.await(FIRST_LISTEN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Not listening for stored events yet; the readers look every fetch delay meanwhile");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        Thread running = listener;
        listener = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        Duration pause = Duration.ofMillis(500);
        while (listener == Thread.currentThread()) {
            try (Connection connection =
                    DriverManager.getConnection(server.jdbcUrl(), server.ownerUser(), server.ownerPassword())) {
                connection.createStatement().execute("listen " + CHANNEL);
                log.debug("Listening for stored events on {}", server.jdbcUrl());
                listening.countDown();
                // What was stored while nobody listened (before the start, or while reconnecting).
                readers.wakeReaders();
                pause = Duration.ofMillis(500);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    var received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && Arrays.stream(received).anyMatch(this::isOthers)) {
                        log.debug("{} commits of stored events", received.length);
                        readers.wakeReaders();
                    }
                }
            } catch (SQLException e) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                log.warn("Not listening for stored events ({}); again in {} ms", e.getMessage(), pause.toMillis());
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MOST_BETWEEN_ATTEMPTS) > 0
                        ? MOST_BETWEEN_ATTEMPTS
                        : pause.multipliedBy(2);
            }
        }
    }

    private boolean isOthers(PGNotification notification) {
        return !ownConnections.value().equals(notification.getParameter());
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
