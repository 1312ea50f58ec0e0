package dev.tandem.query.business;

import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface BusinessEntries extends CrudRepository<BusinessEntry, UUID> {}
