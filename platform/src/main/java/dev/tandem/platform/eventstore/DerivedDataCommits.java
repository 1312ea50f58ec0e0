package dev.tandem.platform.eventstore;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Transactions of an event processor whose writes are derived from the events, committed without waiting for
 * PostgreSQL to flush them to disk ({@code synchronous_commit} off for the transaction). What such a transaction
 * writes can always be written again: the events are stored durably by the commands, and the processor's token
 * is stored in the same transaction, so a crash loses the last moments' rows and token together, atomically,
 * and the processor handles those events again when it starts. Their rows are visible to every reader the
 * moment the commit returns, so read-your-writes is unchanged. Waiting for the flush of each projection batch
 * took a fifth of the time of a status change under load (measured with durability on and off,
 * docs/adr/0011-projections-share-a-processor.md).
 *
 * <p>Never for a saga or a policy: what they do is send commands, which a lost token would send again.
 */
public final class DerivedDataCommits implements TransactionManager {

    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    public DerivedDataCommits(TransactionManager transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = transactions.startTransaction();
        try {
            jdbc.execute("set local synchronous_commit = off");
        } catch (RuntimeException failure) {
            transaction.rollback();
            throw failure;
        }
        return transaction;
    }
}
