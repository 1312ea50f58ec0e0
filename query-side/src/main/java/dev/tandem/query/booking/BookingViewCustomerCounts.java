package dev.tandem.query.booking;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.CustomerId;
import dev.tandem.query.customer.CustomerBookingCounts;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many bookings each customer has, counted in the booking view when the customer list is read. */
@Component
class BookingViewCustomerCounts implements CustomerBookingCounts {

    private final JdbcClient jdbc;

    BookingViewCustomerCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<CustomerId, Long> bookingsOf(BusinessId businessId, Collection<CustomerId> customers) {
        if (customers.isEmpty()) {
            return Map.of();
        }
        String[] ids = customers.stream().map(CustomerId::toString).toArray(String[]::new);
        return jdbc
                .sql("select customer_id, count(*) as bookings from booking_view"
                        + " where business_id = ? and customer_id = any(?) group by customer_id")
                .params(businessId.value(), ids)
                .query((row, number) -> Map.entry(CustomerId.of(row.getString("customer_id")), row.getLong("bookings")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
