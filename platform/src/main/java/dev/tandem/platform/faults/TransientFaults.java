package dev.tandem.platform.faults;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.NonTransientDataAccessResourceException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Failures that are not the event's or the request's: the database gone or busy, a deadlock, a lost
 * connection, a lock or statement that waited too long. Parking an event for them would park every event; the
 * batch is retried instead, with the processor's back-off. A request that meets one answers 503 with
 * {@code Retry-After}: its transaction rolled back, so it changed nothing and may be sent again.
 */
public final class TransientFaults {

    /**
     * PostgreSQL's classes of such errors: 08 connection, 40 transaction rollback (serialization, deadlock),
     * 53 insufficient resources, 57 operator intervention (shutdown), 58 system error; and 25P02, a
     * transaction aborted earlier, whose first failure decides; 55P03, a lock not had within lock_timeout.
     */
    private static final Set<String> CLASSES = Set.of("08", "40", "53", "57", "58");

    private static final Set<String> STATES = Set.of("25P02", "55P03");

    /** What HikariCP's closed connection answers to every call. */
    private static final String EVICTED_CONNECTION = "Connection is closed";

    private TransientFaults() {}

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof NonTransientDataAccessResourceException
                    // No connection to begin on, or the transaction's time ran out. Spring's other transaction
                    // failures (an unexpected rollback, a misuse) are bugs and stay 500s; a commit that failed on
                    // the connection is recognised by its cause.
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionTimedOutException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    // Hibernate could not begin, commit or roll back on the connection: it is gone (a rollback
                    // that fails that way even hides the failure that caused it).
                    || cause instanceof org.hibernate.TransactionException
                    || cause instanceof JDBCConnectionException
                    || cause instanceof SocketException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isTransientState(sql) || isEvictedConnection(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(SQLException failure) {
        String state = failure.getSQLState();
        return state != null
                && (STATES.contains(state) || (state.length() == 5 && CLASSES.contains(state.substring(0, 2))));
    }

    /**
     * The pool's stand-in for a connection it has closed after a failure on it (a broken pipe when the database
     * died): a transaction still holding it hears this at its next statement, without an SQLState.
     */
    private static boolean isEvictedConnection(SQLException failure) {
        return failure.getSQLState() == null && EVICTED_CONNECTION.equals(failure.getMessage());
    }
}
