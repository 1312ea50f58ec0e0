package dev.tandem.platform.database;

import dev.tandem.platform.web.RequestDeadline;
import java.time.Duration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Spring's JPA transactions, given no more time than the request that begins them has left
 * ({@link RequestDeadline}): Hibernate and JdbcTemplate pass the remaining time to each statement as its query
 * timeout, and a transaction begun after the deadline is refused. Transactions outside a request (event
 * processors, start-up) keep their own timeout.
 */
class RequestBoundTransactions extends JpaTransactionManager {

    @Override
    protected int determineTimeout(TransactionDefinition definition) {
        int own = super.determineTimeout(definition);
        return RequestDeadline.remaining()
                .map(left -> withinTheRequest(own, left))
                .orElse(own);
    }

    private static int withinTheRequest(int own, Duration left) {
        if (left.isNegative() || left.isZero()) {
            throw new TransactionTimedOutException("The request's time ran out before its transaction began.");
        }
        // Timeouts are whole seconds: a part of one left still gets one.
        int leftSeconds = (int) Math.min(Integer.MAX_VALUE, Math.ceilDiv(left.toMillis(), 1_000));
        return own == TransactionDefinition.TIMEOUT_DEFAULT ? leftSeconds : Math.min(own, leftSeconds);
    }
}
