package dev.tandem.api.customer;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;

/**
 * The customer's details after the change, complete. Bookings made before keep the details they were made
 * with; new ones take these.
 */
public record CustomerUpdated(
        CustomerId customerId,
        BusinessId businessId,
        String name,
        String email,
        String phone,
        String address,
        GeoPoint location)
        implements BusinessMessage {}
