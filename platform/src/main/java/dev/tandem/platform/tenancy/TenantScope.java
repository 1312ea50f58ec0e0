package dev.tandem.platform.tenancy;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sets the business whose rows the current transaction may see and write. Row-level security policies read
 * it back with {@code current_setting('app.business_id', true)}. The setting is transaction-local, so a
 * pooled connection carries no tenant once the transaction ends.
 *
 * <p>A processor handles a batch of events in one transaction, and consecutive events mostly belong to one
 * business (a rebuild reads each business's history in long runs). So the setting is only changed when the
 * business does, and the writes made so far are flushed just before, while the policies still let the
 * business they belong to write them.
 */
public class TenantScope {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Runnable beforeLeavingATenant;
    /** The tenant entered last on this thread, and the transaction (its connection holder) it was entered in. */
    private final ThreadLocal<Entered> entered = new ThreadLocal<>();

    private record Entered(Object transaction, String businessId) {}

    /** @param beforeLeavingATenant writes what the current tenant's handlers left pending (JPA, deferred SQL) */
    public TenantScope(JdbcTemplate jdbc, Runnable beforeLeavingATenant) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
        this.beforeLeavingATenant = beforeLeavingATenant;
    }

    public void enter(String businessId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The tenant is set per transaction, and none is active");
        }
        Object transaction = TransactionSynchronizationManager.getResource(dataSource);
        Entered last = entered.get();
        boolean sameTransaction = transaction != null && last != null && last.transaction() == transaction;
        if (sameTransaction && last.businessId().equals(businessId)) {
            return;
        }
        if (sameTransaction) {
            beforeLeavingATenant.run();
        }
        jdbc.queryForObject("select set_config('app.business_id', ?, true)", String.class, businessId);
        entered.set(transaction == null ? null : new Entered(transaction, businessId));
    }
}
