package dev.tandem.command.business;

import dev.tandem.api.business.BusinessView;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BusinessId;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * A business's current settings, read from its own events. The command side answers sign-up and "me"
 * with it, so it never depends on a query handler that, in a split deployment without Axon Server, lives
 * in another process.
 */
@Component
public class BusinessLookup {

    private final Repository<Business> businesses;

    BusinessLookup(Repository<Business> businessRepository) {
        this.businesses = businessRepository;
    }

    /** The time zone the business's local dates and working hours are read in. */
    public java.time.ZoneId timeZoneOf(BusinessId businessId) {
        return java.time.ZoneId.of(current(businessId).timeZone());
    }

    public BusinessView current(BusinessId businessId) {
        try {
            return DefaultUnitOfWork.startAndGet(null)
                    .executeWithResult(
                            () -> businesses.load(businessId.toString()).invoke(Business::view))
                    .getPayload();
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("No such business.");
        }
    }
}
