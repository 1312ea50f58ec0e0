package dev.tandem.command.customer;

import dev.tandem.api.customer.CustomerView;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.OwnershipCheck;
import java.util.UUID;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * A customer as its own events describe it, so a create can answer without the query side. The creating
 * handler is a constructor and answers with the id only, which is what other senders (bookings) expect.
 */
@Component
class CustomerLookup implements OwnershipCheck {

    private final Repository<Customer> customers;

    CustomerLookup(Repository<Customer> customerRepository) {
        this.customers = customerRepository;
    }

    @Override
    public void requireVisibleTo(Caller caller, UUID id) {
        current(caller.businessId(), new CustomerId(id));
    }

    CustomerView current(BusinessId businessId, CustomerId customerId) {
        var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            try {
                return customers.load(customerId.toString()).invoke(customer -> {
                    if (!customer.belongsTo(businessId)) {
                        throw new NotFoundException("No such customer.");
                    }
                    return customer.view();
                });
            } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
                throw new NotFoundException("No such customer.");
            }
        });
        if (result.isExceptional() && result.exceptionResult() instanceof RuntimeException failure) {
            throw failure;
        }
        return result.getPayload();
    }
}
