package dev.tandem.command.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface Accounts extends CrudRepository<Account, UUID> {

    @Query("select a from Account a where lower(a.email) = lower(?1)")
    Optional<Account> findByEmail(String email);

    Optional<Account> findByProviderId(UUID providerId);

    @Query("select count(a) > 0 from Account a where lower(a.email) = lower(?1)")
    boolean existsByEmail(String email);

    @Query("select count(a) from Account a where a.businessId = ?1 and a.role = dev.tandem.kernel.Role.PROVIDER")
    long countProviders(UUID businessId);
}
