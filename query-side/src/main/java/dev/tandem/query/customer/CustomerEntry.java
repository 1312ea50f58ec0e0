package dev.tandem.query.customer;

import dev.tandem.api.customer.CustomerView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of {@code customer_view}, read only ({@link CustomerViewProjection} writes it). */
@Entity
@Immutable
@Table(name = "customer_view")
class CustomerEntry {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "business_id")
    private UUID businessId;

    private String name;
    private String email;
    private String phone;
    private String address;
    private double lat;
    private double lng;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CustomerEntry() {}

    UUID customerId() {
        return customerId;
    }

    CustomerView toView(long bookings) {
        return new CustomerView(customerId.toString(), name, email, phone, address, lat, lng, bookings);
    }
}
