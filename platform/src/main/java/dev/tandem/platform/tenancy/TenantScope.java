package dev.tandem.platform.tenancy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sets the business whose rows the current transaction may see and write. Row-level security policies read
 * it back with {@code current_setting('app.business_id', true)}. The setting is transaction-local, so a
 * pooled connection carries no tenant once the transaction ends.
 */
public class TenantScope {

    private final JdbcTemplate jdbc;

    public TenantScope(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void enter(String businessId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The tenant is set per transaction, and none is active");
        }
        jdbc.queryForObject("select set_config('app.business_id', ?, true)", String.class, businessId);
    }
}
