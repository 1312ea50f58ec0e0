package dev.tandem.query.provider;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface ProviderEntries extends CrudRepository<ProviderEntry, UUID> {

    Optional<ProviderEntry> findByProviderIdAndBusinessId(UUID providerId, UUID businessId);
}
