package dev.tandem.platform.faults;

import java.sql.Savepoint;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The savepoints of a unit of work whose events are handled one by one: one before each event's handlers of
 * each processing group, so that a failure undoes that event's writes for that group, and nothing else.
 * Present as a resource of the unit of work only while its processor {@link ProcessorFaults#isIsolating
 * isolates}.
 */
final class EventSavepoints {

    static final String RESOURCE = EventSavepoints.class.getName();

    private final JdbcTemplate jdbc;
    private final Map<String, Savepoint> byEventAndGroup = new HashMap<>();

    EventSavepoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The savepoint before the group's first handler of this event, set now if this is that handler. */
    Savepoint before(String eventId, String processingGroup) {
        return byEventAndGroup.computeIfAbsent(
                eventId + "/" + processingGroup,
                key -> jdbc.execute((ConnectionCallback<Savepoint>) connection -> connection.setSavepoint()));
    }

    /** Undoes what was sent since the savepoint; the transaction carries on from there. */
    void rollBackTo(Savepoint savepoint) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            connection.rollback(savepoint);
            return null;
        });
    }
}
