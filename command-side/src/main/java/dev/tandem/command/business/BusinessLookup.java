package dev.tandem.command.business;

import dev.tandem.api.business.BusinessView;
import dev.tandem.api.catalogue.ServiceView;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BusinessId;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.messaging.ResultMessage;
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

    /**
     * The name a new booking's service is stored under: the catalogue's spelling, or the service as given
     * while the catalogue is empty; a service the catalogue lacks is refused.
     */
    public String bookableService(BusinessId businessId, String service) {
        return read(businessId, business -> business.bookableService(service));
    }

    /** A service of the business's catalogue; not found when it has none by that id. */
    ServiceView service(BusinessId businessId, UUID serviceId) {
        return read(businessId, business -> business.service(serviceId));
    }

    public BusinessView current(BusinessId businessId) {
        return read(businessId, Business::view);
    }

    /** Reads the business in a unit of work of its own; a refusal the reading throws reaches the caller as is. */
    private <T> T read(BusinessId businessId, Function<Business, T> reading) {
        ResultMessage<T> result = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> businesses.load(businessId.toString()).invoke(reading));
        if (!result.isExceptional()) {
            return result.getPayload();
        }
        Throwable failure = result.exceptionResult();
        if (failure instanceof AggregateNotFoundException) {
            throw new NotFoundException("No such business.");
        }
        if (failure instanceof RuntimeException refusal) {
            throw refusal;
        }
        throw new IllegalStateException(failure);
    }
}
