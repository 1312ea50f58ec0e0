package dev.tandem.command.provider;

import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.OwnershipCheck;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Reads a provider straight from its events, for the booking rules ({@link ProviderSchedules}) and for
 * answers the command side gives without the query side. A provider of another business is not found.
 */
@Component
class ProviderLookup implements ProviderSchedules, OwnershipCheck {

    private final Repository<Provider> providers;

    ProviderLookup(Repository<Provider> providerRepository) {
        this.providers = providerRepository;
    }

    @Override
    public ProviderSchedule scheduleOf(BusinessId businessId, ProviderId providerId) {
        return read(businessId, providerId, Provider::schedule);
    }

    @Override
    public void requireVisibleTo(Caller caller, UUID id) {
        read(caller.businessId(), new ProviderId(id), provider -> Boolean.TRUE);
    }

    AvailabilityView availabilityOf(BusinessId businessId, ProviderId providerId) {
        return read(businessId, providerId, Provider::availability);
    }

    /**
     * Inside a command handler (say, a booking's) the unit of work is already running and the provider joins
     * it; elsewhere a short unit of work of its own loads it.
     */
    private <R> R read(BusinessId businessId, ProviderId providerId, Function<Provider, R> reading) {
        if (CurrentUnitOfWork.isStarted()) {
            return load(businessId, providerId, reading);
        }
        var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> load(businessId, providerId, reading));
        if (result.isExceptional()) {
            if (result.exceptionResult() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Could not read provider " + providerId, result.exceptionResult());
        }
        return result.getPayload();
    }

    private <R> R load(BusinessId businessId, ProviderId providerId, Function<Provider, R> reading) {
        try {
            return providers.load(providerId.toString()).invoke(provider -> {
                if (!provider.belongsTo(businessId)) {
                    throw new NotFoundException("No such provider.");
                }
                return reading.apply(provider);
            });
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw new NotFoundException("No such provider.");
        }
    }
}
