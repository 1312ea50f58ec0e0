package dev.tandem.query.provider;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface PayRollRates extends CrudRepository<PayRollRate, String> {

    @Query("select r from PayRollRate r where r.businessId = ?1 order by r.effectiveFrom")
    List<PayRollRate> findAllOfBusiness(java.util.UUID businessId);
}
