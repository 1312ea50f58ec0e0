package dev.tandem.api.customer;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

/** Customers whose name, email or phone contains q. */
public record FindCustomersQuery(BusinessId businessId, String q, int limit, String cursor)
        implements BusinessMessage {}
