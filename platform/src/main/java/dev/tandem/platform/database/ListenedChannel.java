package dev.tandem.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGNotification;

/** A PostgreSQL notification channel this process listens on, and what it does with what arrives there. */
public interface ListenedChannel {

    /** The channel's name, as the notifying trigger spells it. */
    String name();

    /**
     * Called each time the listener starts listening: after the start and after every reconnection. What was
     * notified while nobody listened is lost, so this catches up, on the listener's own connection.
     */
    void listening(Connection connection) throws SQLException;

    /** What arrived on this channel since the last call; never empty. */
    void notified(List<PGNotification> notifications);
}
