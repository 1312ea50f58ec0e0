package dev.tandem.query.customer;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface CustomerEntries extends CrudRepository<CustomerEntry, UUID> {

    Optional<CustomerEntry> findByCustomerIdAndBusinessId(UUID customerId, UUID businessId);
}
