package dev.tandem.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One connection of this process that LISTENs on every {@link ListenedChannel}: other processes on the same
 * database tell it of their commits (stored events, ended sessions) through triggers that notify, instead of
 * each process polling the tables. Should the connection fail, it is opened again with a growing pause, and
 * each channel catches up once it listens again.
 */
public final class DatabaseListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseListener.class);
    private static final int WAIT_MILLIS = 10_000;
    private static final Duration MOST_BETWEEN_ATTEMPTS = Duration.ofSeconds(30);
    private static final Duration FIRST_LISTEN = Duration.ofSeconds(5);

    private final DatabaseServer server;
    private final List<ListenedChannel> channels;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile Thread listener;

    public DatabaseListener(DatabaseServer server, List<ListenedChannel> channels) {
        this.server = server;
        this.channels = List.copyOf(channels);
    }

    /** Returns once it listens (or has tried for a few seconds), so that no commit after the start is missed. */
    @Override
    public void start() {
        // Assigned before it starts: the thread listens only while it is this instance's listener.
        Thread thread = Thread.ofPlatform().name("database-listener").daemon().unstarted(this::listen);
        listener = thread;
        thread.start();
        try {
            if (!listening.await(FIRST_LISTEN.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Not listening to the database yet; event readers look every fetch delay meanwhile");
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
                try (Statement statement = connection.createStatement()) {
                    for (ListenedChannel channel : channels) {
                        statement.execute("listen " + channel.name());
                    }
                }
                log.debug("Listening on {} at {}", names(), server.jdbcUrl());
                listening.countDown();
                for (ListenedChannel channel : channels) {
                    channel.listening(connection);
                }
                pause = Duration.ofMillis(500);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    hand(notifications.getNotifications(WAIT_MILLIS));
                }
            } catch (SQLException e) {
                if (listener != Thread.currentThread()) {
                    return;
                }
                log.warn("Not listening to the database ({}); again in {} ms", e.getMessage(), pause.toMillis());
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(MOST_BETWEEN_ATTEMPTS) > 0
                        ? MOST_BETWEEN_ATTEMPTS
                        : pause.multipliedBy(2);
            }
        }
    }

    private void hand(PGNotification[] received) {
        if (received == null || received.length == 0) {
            return;
        }
        for (ListenedChannel channel : channels) {
            var mine = Arrays.stream(received)
                    .filter(notification -> channel.name().equals(notification.getName()))
                    .toList();
            if (!mine.isEmpty()) {
                try {
                    channel.notified(mine);
                } catch (RuntimeException e) {
                    log.warn("Could not handle notifications on {}", channel.name(), e);
                }
            }
        }
    }

    private String names() {
        return channels.stream().map(ListenedChannel::name).collect(Collectors.joining(", "));
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
