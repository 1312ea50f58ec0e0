package dev.tandem.command.customer;

import dev.tandem.api.customer.CreateCustomerCommand;
import dev.tandem.api.customer.CustomerView;
import dev.tandem.api.customer.UpdateCustomerCommand;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.Owned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An admin adds a customer to its own business. */
@RestController
class CustomerController {

    private final CommandGateway commands;
    private final CustomerLookup customers;
    private final ProjectionBarrier projections;

    CustomerController(CommandGateway commands, CustomerLookup customers, ProjectionBarrier projections) {
        this.commands = commands;
        this.customers = customers;
        this.projections = projections;
    }

    record CreateRequest(
            @NotBlank String name,
            String email,
            String phone,
            @NotBlank String address,
            @NotNull Double lat,
            @NotNull Double lng) {}

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/admin/customers")
    ResponseEntity<CustomerView> create(@Valid @RequestBody CreateRequest request, Caller caller) {
        var customerId = CustomerId.newId();
        commands.sendAndWait(new CreateCustomerCommand(
                customerId,
                caller.businessId(),
                request.name(),
                request.email(),
                request.phone(),
                request.address(),
                location(request.lat(), request.lng())));
        projections.awaitAggregates(customerId.toString());
        return ResponseEntity.created(URI.create("/api/admin/customers/" + customerId))
                .body(customers.current(caller.businessId(), customerId));
    }

    /** Every field optional; the address comes with its lat and lng. */
    record UpdateRequest(String name, String email, String phone, String address, Double lat, Double lng) {}

    @PutMapping("/api/admin/customers/{id}")
    CustomerView update(
            @PathVariable @Owned(CustomerLookup.class) UUID id, @RequestBody UpdateRequest request, Caller caller) {
        if ((request.lat() == null) != (request.lng() == null)) {
            throw new InvalidInputException(request.lat() == null ? "lat" : "lng", "must be given with the other");
        }
        var customerId = new CustomerId(id);
        CustomerView customer = commands.sendAndWait(new UpdateCustomerCommand(
                customerId,
                caller.businessId(),
                request.name(),
                request.email(),
                request.phone(),
                request.address(),
                request.lat() == null ? null : location(request.lat(), request.lng())));
        projections.awaitAggregates(customerId.toString());
        return customers.current(caller.businessId(), customerId);
    }

    private static GeoPoint location(double lat, double lng) {
        if (!(lat >= -90 && lat <= 90)) {
            throw new InvalidInputException("lat", "must be between -90 and 90");
        }
        if (!(lng >= -180 && lng <= 180)) {
            throw new InvalidInputException("lng", "must be between -180 and 180");
        }
        return new GeoPoint(lat, lng);
    }
}
