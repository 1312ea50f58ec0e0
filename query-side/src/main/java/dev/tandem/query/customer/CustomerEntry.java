package dev.tandem.query.customer;

import dev.tandem.api.customer.CustomerView;
import dev.tandem.query.jpa.NewRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code customer_view}. */
@Entity
@Table(name = "customer_view")
class CustomerEntry extends NewRow<UUID> {

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

    @Override
    public UUID getId() {
        return customerId;
    }

    CustomerEntry(
            UUID customerId,
            UUID businessId,
            String name,
            String email,
            String phone,
            String address,
            double lat,
            double lng,
            Instant createdAt) {
        this.customerId = customerId;
        this.businessId = businessId;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.lat = lat;
        this.lng = lng;
        this.createdAt = createdAt;
    }

    UUID customerId() {
        return customerId;
    }

    CustomerView toView(long bookings) {
        return new CustomerView(customerId.toString(), name, email, phone, address, lat, lng, bookings);
    }
}
