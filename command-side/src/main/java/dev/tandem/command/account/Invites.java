package dev.tandem.command.account;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface Invites extends CrudRepository<Invite, String> {

    /** The account's open invitations stop working (a new one replaces them). */
    @Modifying
    @Query("update Invite i set i.expiresAt = ?2 where i.accountId = ?1 and i.acceptedAt is null and i.expiresAt > ?2")
    int closeOpenInvites(UUID accountId, Instant at);
}
