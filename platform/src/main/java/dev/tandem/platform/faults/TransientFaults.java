package dev.tandem.platform.faults;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Failures that are not the event's: the database gone or busy, a deadlock, a lost connection. Parking the
 * event for them would park every event; the batch is retried instead, with the processor's back-off.
 */
final class TransientFaults {

    /**
     * PostgreSQL's classes of such errors: 08 connection, 40 transaction rollback (serialization, deadlock),
     * 53 insufficient resources, 57 operator intervention (shutdown), 58 system error; and 25P02, a
     * transaction aborted earlier, whose first failure decides.
     */
    private static final Set<String> CLASSES = Set.of("08", "40", "53", "57", "58");

    private TransientFaults() {}

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof NonTransientDataAccessResourceException
                    || cause instanceof TransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && isTransientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        return state.equals("25P02") || (state.length() == 5 && CLASSES.contains(state.substring(0, 2)));
    }
}
