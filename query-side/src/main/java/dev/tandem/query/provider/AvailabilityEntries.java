package dev.tandem.query.provider;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface AvailabilityEntries extends CrudRepository<AvailabilityEntry, UUID> {

    Optional<AvailabilityEntry> findByProviderIdAndBusinessId(UUID providerId, UUID businessId);
}
