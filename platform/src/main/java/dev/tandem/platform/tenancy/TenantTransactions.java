package dev.tandem.platform.tenancy;

import dev.tandem.kernel.BusinessId;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work on a business's rows outside a message handler (a request that reads or writes a table of its own): in a
 * transaction whose tenant is that business, so row-level security admits its rows and no other's.
 */
public class TenantTransactions {

    private final TransactionTemplate transactions;
    private final TenantScope tenant;

    public TenantTransactions(TransactionTemplate transactions, TenantScope tenant) {
        this.transactions = transactions;
        this.tenant = tenant;
    }

    public <T> T inBusiness(BusinessId business, Supplier<T> work) {
        return transactions.execute(status -> {
            tenant.enter(business.value().toString());
            return work.get();
        });
    }

    public void inBusiness(BusinessId business, Runnable work) {
        inBusiness(business, () -> {
            work.run();
            return null;
        });
    }
}
