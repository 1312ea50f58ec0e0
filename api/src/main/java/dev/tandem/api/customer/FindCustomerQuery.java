package dev.tandem.api.customer;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;

public record FindCustomerQuery(BusinessId businessId, CustomerId customerId) implements BusinessMessage {}
