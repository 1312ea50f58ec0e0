package dev.tandem.query.provider;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface PayRollProviders extends CrudRepository<PayRollProvider, UUID> {

    @Query("select p from PayRollProvider p where p.businessId = ?1 order by lower(p.name), p.providerId")
    List<PayRollProvider> findAllOfBusiness(UUID businessId);
}
