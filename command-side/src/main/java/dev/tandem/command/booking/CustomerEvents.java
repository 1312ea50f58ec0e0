package dev.tandem.command.booking;

import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.customer.CustomerCreated;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads a customer from its own events in the event store, inside the command's transaction, so a customer
 * created a moment earlier in the same request is already there. It needs only the {@code api} messages,
 * not the Customer aggregate; the command side never asks a query handler (docs/adr/0004).
 */
@Component
class CustomerEvents implements CustomerDirectory {

    private final EventStore events;

    CustomerEvents(EventStore events) {
        this.events = events;
    }

    @Override
    public CustomerSummary summaryOf(BusinessId businessId, CustomerId customerId) {
        return events.readEvents(customerId.toString())
                .asStream()
                .map(message -> message.getPayload())
                .filter(CustomerCreated.class::isInstance)
                .map(CustomerCreated.class::cast)
                .filter(created -> created.businessId().equals(businessId))
                .findFirst()
                .map(CustomerEvents::summaryOf)
                .orElseThrow(() -> new NotFoundException("No such customer."));
    }

    private static CustomerSummary summaryOf(CustomerCreated created) {
        return new CustomerSummary(
                created.customerId().toString(),
                created.name(),
                created.email(),
                created.phone(),
                created.address(),
                created.location() == null ? null : created.location().lat(),
                created.location() == null ? null : created.location().lng());
    }
}
