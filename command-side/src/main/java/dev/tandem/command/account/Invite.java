package dev.tandem.command.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An open invitation for an account to set its password, found by the hash of its token. */
@Entity
@Table(name = "invite")
class Invite {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invite() {}

    Invite(String tokenHash, UUID accountId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.accountId = accountId;
        this.expiresAt = expiresAt;
    }

    boolean isOpenAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    void accept(Instant at) {
        acceptedAt = at;
    }

    UUID accountId() {
        return accountId;
    }
}
