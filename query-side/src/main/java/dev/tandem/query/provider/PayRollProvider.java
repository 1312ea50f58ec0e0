package dev.tandem.query.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of {@code pay_roll_provider}: who is paid. */
@Entity
@Immutable
@Table(name = "pay_roll_provider")
class PayRollProvider {

    @Id
    @Column(name = "provider_id")
    private UUID providerId;

    @Column(name = "business_id")
    private UUID businessId;

    private String name;
    private String email;
    private String status;
    private boolean active;

    protected PayRollProvider() {}

    UUID providerId() {
        return providerId;
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }

    String status() {
        return status;
    }

    boolean active() {
        return active;
    }
}
