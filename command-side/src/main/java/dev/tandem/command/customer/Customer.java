package dev.tandem.command.customer;

import static dev.tandem.api.errors.TextInput.optional;
import static dev.tandem.api.errors.TextInput.required;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.tandem.api.customer.CreateCustomerCommand;
import dev.tandem.api.customer.CustomerCreated;
import dev.tandem.api.customer.CustomerUpdated;
import dev.tandem.api.customer.CustomerView;
import dev.tandem.api.customer.UpdateCustomerCommand;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;
import java.util.Objects;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A customer of one business: who to visit and where. */
@Aggregate(cache = "customerCache")
class Customer {

    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_ADDRESS_LENGTH = 300;
    static final int MAX_PHONE_LENGTH = 40;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    @AggregateIdentifier
    private CustomerId customerId;

    private BusinessId businessId;
    private String name;
    private String email;
    private String phone;
    private String address;
    private GeoPoint location;

    protected Customer() {
        // for Axon
    }

    @CommandHandler
    Customer(CreateCustomerCommand command) {
        if (command.location() == null) {
            throw new InvalidInputException("lat", "must be given with lng");
        }
        apply(new CustomerCreated(
                command.customerId(),
                command.businessId(),
                required("name", command.name(), MAX_NAME_LENGTH),
                checkEmail(command.email()),
                optional("phone", command.phone(), MAX_PHONE_LENGTH),
                required("address", command.address(), MAX_ADDRESS_LENGTH),
                command.location()));
    }

    /** Answers the customer as it is afterwards; a change that changes nothing stores no event. */
    @CommandHandler
    CustomerView handle(UpdateCustomerCommand command) {
        if (!belongsTo(command.businessId())) {
            throw new NotFoundException("No such customer.");
        }
        if ((command.address() == null) != (command.location() == null)) {
            throw new InvalidInputException("address", "changes together with lat and lng");
        }
        var updated = new CustomerUpdated(
                customerId,
                businessId,
                command.name() == null ? name : required("name", command.name(), MAX_NAME_LENGTH),
                command.email() == null ? email : checkEmail(command.email()),
                command.phone() == null ? phone : optional("phone", command.phone(), MAX_PHONE_LENGTH),
                command.address() == null ? address : required("address", command.address(), MAX_ADDRESS_LENGTH),
                command.location() == null ? location : command.location());
        boolean changed = !Objects.equals(updated.name(), name)
                || !Objects.equals(updated.email(), email)
                || !Objects.equals(updated.phone(), phone)
                || !Objects.equals(updated.address(), address)
                || !Objects.equals(updated.location(), location);
        if (changed) {
            apply(updated);
        }
        return view();
    }

    boolean belongsTo(BusinessId business) {
        return Objects.equals(businessId, business);
    }

    /** Bookings are counted by the query side, where bookings are seen. */
    CustomerView view() {
        return new CustomerView(customerId.toString(), name, email, phone, address, location.lat(), location.lng(), 0);
    }

    private static String checkEmail(String email) {
        String address = optional("email", email, 320);
        if (address != null && !EMAIL.matcher(address).matches()) {
            throw new InvalidInputException("email", "must be an email address");
        }
        return address;
    }

    @EventSourcingHandler
    void on(CustomerUpdated event) {
        name = event.name();
        email = event.email();
        phone = event.phone();
        address = event.address();
        location = event.location();
    }

    @EventSourcingHandler
    void on(CustomerCreated event) {
        customerId = event.customerId();
        businessId = event.businessId();
        name = event.name();
        email = event.email();
        phone = event.phone();
        address = event.address();
        location = event.location();
    }
}
