package dev.tandem.query.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code pay_roll_provider}: who is paid. */
@Entity
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

    PayRollProvider(UUID providerId, UUID businessId, String name, String email) {
        this.providerId = providerId;
        this.businessId = businessId;
        this.name = name;
        this.email = email;
        this.status = "AVAILABLE";
        this.active = true;
    }

    void rename(String name) {
        this.name = name;
    }

    void status(String status) {
        this.status = status;
    }

    void deactivate() {
        active = false;
    }

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
