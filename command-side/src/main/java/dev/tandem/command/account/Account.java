package dev.tandem.command.account;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import dev.tandem.kernel.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A user who can sign in: an admin of a business or one of its providers. */
@Entity
@Table(name = "account")
class Account {

    @Id
    private UUID id;

    @Column(name = "business_id", nullable = false)
    private UUID businessId;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "provider_id")
    private UUID providerId;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "session_version", nullable = false)
    private long sessionVersion;

    @Column(name = "sessions_ended_at")
    private Instant sessionsEndedAt;

    protected Account() {}

    private Account(UUID id, UUID businessId, String email, String name, Role role, UUID providerId) {
        this.id = id;
        this.businessId = businessId;
        this.email = email;
        this.name = name;
        this.role = role;
        this.providerId = providerId;
    }

    static Account admin(UserId id, BusinessId businessId, String email, String name) {
        return new Account(id.value(), businessId.value(), email, name, Role.ADMIN, null);
    }

    static Account provider(UserId id, BusinessId businessId, ProviderId providerId, String email, String name) {
        return new Account(id.value(), businessId.value(), email, name, Role.PROVIDER, providerId.value());
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void deactivate() {
        active = false;
    }

    void reactivate() {
        active = true;
    }

    /** Every access token issued so far stops working; the next ones carry the new version. */
    void endSessions(Instant at) {
        sessionVersion++;
        sessionsEndedAt = at;
    }

    long sessionVersion() {
        return sessionVersion;
    }

    UserId id() {
        return new UserId(id);
    }

    BusinessId businessId() {
        return new BusinessId(businessId);
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    Role role() {
        return role;
    }

    Optional<ProviderId> providerId() {
        return Optional.ofNullable(providerId).map(ProviderId::new);
    }

    Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    boolean isActive() {
        return active;
    }
}
