package dev.tandem.query.provider;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface ProviderEntries extends CrudRepository<ProviderEntry, UUID> {}
