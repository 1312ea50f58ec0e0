package dev.tandem.platform.database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Single-row writes in plain SQL, held until the transaction commits and then sent in JDBC batches, as JPA
 * does with its entities. A processor handling a batch of events in one transaction otherwise waits for one
 * round trip to the database per statement; a rebuild made tens of thousands of them per second.
 *
 * <p>Each write names the row it changes. Writes to different rows do not depend on each other, so they are
 * regrouped: the first write of every row first, batched by statement, then the second ones, and so on, so
 * each row sees its writes in the order they were made. A write that reads or changes other rows must not be
 * deferred: {@link #flush()} the pending ones first and run it directly.
 *
 * <p>Pending writes are also sent before the transaction changes business (row-level security checks each
 * row against the business set then) and when {@code limit} of them are waiting. Outside a transaction a
 * write runs at once.
 */
public class DeferredWrites {

    private final JdbcTemplate jdbc;
    private final int limit;

    public DeferredWrites(JdbcTemplate jdbc, int limit) {
        this.jdbc = jdbc;
        this.limit = limit;
    }

    private record Write(Row row, String sql, Object[] parameters) {}

    private record Row(String table, Object id) {}

    /** Defers a statement that changes the row {@code id} of {@code table}, and only that row. */
    public void write(String table, Object id, String sql, Object... parameters) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(sql, parameters);
            return;
        }
        List<Write> pending = pending();
        pending.add(new Write(new Row(table, id), sql, parameters));
        if (pending.size() >= limit) {
            flush();
        }
    }

    /** Sends what is pending in this transaction: before a read of the rows written, for one. */
    public void flush() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending && !pending.isEmpty()) {
            var writes = List.copyOf(pending);
            pending.clear();
            inBatches(writes).forEach(batch -> jdbc.batchUpdate(batch.sql(), batch.parameters()));
        }
    }

    /** The writes as batches of one statement each, every row's writes in the order they were made. */
    private static List<Batch> inBatches(List<Write> writes) {
        var rounds = new ArrayList<Map<String, List<Object[]>>>();
        var writesPerRow = new HashMap<Row, Integer>();
        for (Write write : writes) {
            int round = writesPerRow.merge(write.row(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new LinkedHashMap<>());
            }
            rounds.get(round)
                    .computeIfAbsent(write.sql(), sql -> new ArrayList<>())
                    .add(write.parameters());
        }
        return rounds.stream()
                .flatMap(round -> round.entrySet().stream())
                .map(statement -> new Batch(statement.getKey(), statement.getValue()))
                .toList();
    }

    private record Batch(String sql, List<Object[]> parameters) {}

    private List<Write> pending() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            return pending;
        }
        var pending = new Pending();
        TransactionSynchronizationManager.bindResource(this, pending);
        // DeferredWrites.this: a TransactionSynchronization has a flush() of its own, which does nothing.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void flush() {
                DeferredWrites.this.flush();
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                DeferredWrites.this.flush();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DeferredWrites.this);
            }
        });
        return pending;
    }

    private static final class Pending extends ArrayList<Write> {}
}
