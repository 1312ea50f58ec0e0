package dev.tandem.api.customer;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes any of a customer's details; a null field stays as it is, an empty email or phone clears it. The
 * address and its location change together.
 */
public record UpdateCustomerCommand(
        @TargetAggregateIdentifier CustomerId customerId,
        BusinessId businessId,
        String name,
        String email,
        String phone,
        String address,
        GeoPoint location)
        implements BusinessMessage {}
