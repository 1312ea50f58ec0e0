package dev.tandem.platform.eventstore;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The embedded event store, waking its readers when the events' database transaction commits. Axon wakes
 * them when the unit of work commits; when the command runs inside a larger Spring transaction (an account
 * and its provider stored together, several changes of one request) that is before the database commit, so
 * the readers found nothing and every processor, and the write waiting for them, lost a fetch delay.
 */
class CommitAwareEventStore extends EmbeddedEventStore {

    CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake(events);
                }
            });
        } else {
            wake(events);
        }
    }

    private void wake(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }

    /** Another process stored events: the readers look now rather than after the fetch delay. */
    void wakeReaders() {
        super.afterCommit(List.of());
    }
}
