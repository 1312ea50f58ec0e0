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

    @Modifying
    @Query("update RefreshToken t set t.revokedAt = ?2 where t.familyId = ?1 and t.revokedAt is null")
    int revokeFamily(UUID familyId, Instant at);
}
