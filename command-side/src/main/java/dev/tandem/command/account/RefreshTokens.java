package dev.tandem.command.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface RefreshTokens extends CrudRepository<RefreshToken, UUID> {

    @Query("select t from RefreshToken t where t.tokenHash = ?1")
    Optional<RefreshToken> findByHash(String tokenHash);

    /**
     * Marks the token used unless it already is: 1 for the one exchange that may proceed, 0 for any other,
     * even one running at the same moment (the row lock makes the second wait for the first, then see it
     * used).
     */
    @Modifying
    @Query("update RefreshToken t set t.usedAt = ?2 where t.id = ?1 and t.usedAt is null and t.revokedAt is null")
    int use(UUID id, Instant at);

    @Modifying
    @Query("update RefreshToken t set t.revokedAt = ?2 where t.familyId = ?1 and t.revokedAt is null")
    int revokeFamily(UUID familyId, Instant at);

    /** Every session of the account, on every device, can no longer be refreshed. */
    @Modifying
    @Query("update RefreshToken t set t.revokedAt = ?2 where t.accountId = ?1 and t.revokedAt is null")
    int revokeAllOf(UUID accountId, Instant at);
}
