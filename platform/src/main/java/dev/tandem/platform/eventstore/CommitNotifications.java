package dev.tandem.platform.eventstore;

import dev.tandem.platform.database.ConnectionName;
import dev.tandem.platform.database.ListenedChannel;
import java.sql.Connection;
import java.util.List;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes this process's event readers when any process stores events: the event table's trigger notifies the
 * channel (Flyway's V4 of the platform), so a reader waits for a commit rather than polling the table every
 * few milliseconds. Its own commits, which woke its readers directly, are told apart by the writer's
 * connection name and ignored: reading again found nothing, and cost two statements per commit. While the
 * {@link dev.tandem.platform.database.DatabaseListener} is not listening, the readers still look every
 * {@code tandem.event-store.fetch-delay}.
 */
final class CommitNotifications implements ListenedChannel {

    static final String CHANNEL = "tandem_events";
    private static final Logger log = LoggerFactory.getLogger(CommitNotifications.class);

    private final CommitAwareEventStore readers;
    private final ConnectionName ownConnections;

    CommitNotifications(CommitAwareEventStore readers, ConnectionName ownConnections) {
        this.readers = readers;
        this.ownConnections = ownConnections;
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    /** What was stored while nobody listened (before the start, or while reconnecting). */
    @Override
    public void listening(Connection connection) {
        readers.wakeReaders();
    }

    @Override
    public void notified(List<PGNotification> notifications) {
        if (notifications.stream().anyMatch(this::isOthers)) {
            log.debug("{} commits of stored events", notifications.size());
            readers.wakeReaders();
        }
    }

    private boolean isOthers(PGNotification notification) {
        return !ownConnections.value().equals(notification.getParameter());
    }
}
