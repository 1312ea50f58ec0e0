package dev.tandem.query.provider;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface AvailabilityEntries extends CrudRepository<AvailabilityEntry, UUID> {}
