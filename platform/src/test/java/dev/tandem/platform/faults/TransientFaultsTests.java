package dev.tandem.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.UnexpectedRollbackException;

/** What answers 503 ("try again") and what stays a 500 (a bug to look at). */
class TransientFaultsTests {

    @Test
    void noConnectionToBeginOnIsTransient() {
        assertThat(TransientFaults.isTransient(new CannotCreateTransactionException("pool exhausted")))
                .isTrue();
    }

    @Test
    void aCommitThatFailedOnALostConnectionIsTransient() {
        var lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertThat(TransientFaults.isTransient(new TransactionSystemException("Could not commit", lost)))
                .isTrue();
    }

    @Test
    void aStatementOnAConnectionThePoolHasClosedIsTransient() {
        var evicted = new SQLException("Connection is closed");
        assertThat(TransientFaults.isTransient(new IllegalStateException("Failed to create a SQL statement", evicted)))
                .isTrue();
    }

    @Test
    void aLockOrStatementThatWaitedTooLongIsTransient() {
        assertThat(TransientFaults.isTransient(new SQLException("lock timeout", "55P03")))
                .isTrue();
        assertThat(TransientFaults.isTransient(new QueryTimeoutException("canceled")))
                .isTrue();
    }

    @Test
    void anUnexpectedRollbackIsABugNotTheDatabase() {
        assertThat(TransientFaults.isTransient(new UnexpectedRollbackException("marked rollback-only")))
                .isFalse();
        assertThat(TransientFaults.isTransient(new IllegalTransactionStateException("no transaction")))
                .isFalse();
    }

    @Test
    void aConstraintViolationIsNotTransient() {
        assertThat(TransientFaults.isTransient(new SQLException("duplicate key", "23505")))
                .isFalse();
    }
}
