package dev.tandem.api.booking;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;

/** A customer's latest bookings, latest first, at most {@code limit}. */
public record FindCustomerBookingsQuery(BusinessId businessId, CustomerId customerId, int limit)
        implements BusinessMessage {}
