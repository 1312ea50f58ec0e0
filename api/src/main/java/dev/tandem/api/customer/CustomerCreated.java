package dev.tandem.api.customer;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.kernel.GeoPoint;

public record CustomerCreated(
        CustomerId customerId,
        BusinessId businessId,
        String name,
        String email,
        String phone,
        String address,
        GeoPoint location)
        implements BusinessMessage {}
