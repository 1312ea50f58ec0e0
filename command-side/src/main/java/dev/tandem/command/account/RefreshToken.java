package dev.tandem.command.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One refresh token of a family; only its hash is stored. */
@Entity
@Table(name = "refresh_token")
class RefreshToken {

    @Id
    private UUID id;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RefreshToken() {}

    RefreshToken(UUID familyId, UUID accountId, String tokenHash, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    /** A token that was already exchanged, or revoked, must never work again. */
    boolean isSpent() {
        return usedAt != null || revokedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    UUID id() {
        return id;
    }

    UUID familyId() {
        return familyId;
    }

    UUID accountId() {
        return accountId;
    }
}
