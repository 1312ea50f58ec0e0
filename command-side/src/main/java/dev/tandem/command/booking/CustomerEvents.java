package dev.tandem.command.booking;

import dev.tandem.api.booking.CustomerSummary;
import dev.tandem.api.customer.CustomerCreated;
import dev.tandem.api.customer.CustomerUpdated;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;
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

    /** The customer as its last event left it: created, then maybe updated. */
    @Override
    public CustomerSummary summaryOf(BusinessId businessId, CustomerId customerId) {
        CustomerSummary summary = null;
        for (Object event : events.readEvents(customerId.toString())
                .asStream()
                .map(message -> message.getPayload())
                .toList()) {
            if (event instanceof CustomerCreated created && created.businessId().equals(businessId)) {
                summary = summaryOf(
                        created.customerId(),
                        created.name(),
                        created.email(),
                        created.phone(),
                        created.address(),
                        created.location());
            } else if (event instanceof CustomerUpdated updated && summary != null) {
                summary = summaryOf(
                        updated.customerId(),
                        updated.name(),
                        updated.email(),
                        updated.phone(),
                        updated.address(),
                        updated.location());
            }
        }
        if (summary == null) {
            throw new NotFoundException("No such customer.");
        }
        return summary;
    }

    private static CustomerSummary summaryOf(
            CustomerId id, String name, String email, String phone, String address, GeoPoint location) {
        return new CustomerSummary(
                id.toString(),
                name,
                email,
                phone,
                address,
                location == null ? null : location.lat(),
                location == null ? null : location.lng());
    }
}
