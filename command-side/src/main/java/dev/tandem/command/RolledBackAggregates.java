package dev.tandem.command;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drops an aggregate from the caches ({@link AggregateCaches}) when the database transaction that stored its new
 * events rolls back. Axon drops it when the command's own unit of work rolls back; but a request that sends
 * several commands in one Spring transaction (a provider's status, hours and time off together) commits each
 * command's unit of work before the database commits, and a later command's failure then undoes events the
 * cached aggregate already shows.
 */
@Component
class RolledBackAggregates implements MessageDispatchInterceptor<EventMessage<?>> {

    private final List<Cache> caches;

    RolledBackAggregates(List<Cache> caches, EventStore eventStore) {
        this.caches = caches;
        eventStore.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            if (event instanceof DomainEventMessage<?> domainEvent
                    && TransactionSynchronizationManager.isSynchronizationActive()) {
                String aggregateId = domainEvent.getAggregateIdentifier();
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status != STATUS_COMMITTED) {
                            caches.forEach(cache -> cache.remove(aggregateId));
                        }
                    }
                });
            }
            return event;
        };
    }
}
