package dev.tandem.standalone.support;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and writes rows of a table under the tenant policy straight from a test: in a transaction that sets the
 * business, as the application's do, the only rows such a transaction sees.
 */
public final class AsTheBusiness {

    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    public AsTheBusiness(TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public <T> T run(UUID business, Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.queryForObject("select set_config('app.business_id', ?, true)", String.class, business.toString());
            return work.get();
        });
    }
}
