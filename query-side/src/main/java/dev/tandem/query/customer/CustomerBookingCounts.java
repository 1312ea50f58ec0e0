package dev.tandem.query.customer;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import java.util.Collection;
import java.util.Map;

/**
 * How many bookings each customer has. The booking views implement it as a Spring bean; until one exists the
 * customer list shows 0.
 */
public interface CustomerBookingCounts {

    /** Customers without bookings may be left out of the map. */
    Map<CustomerId, Long> bookingsOf(BusinessId businessId, Collection<CustomerId> customers);
}
