package dev.tandem.query.business;

import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface BusinessEntries extends CrudRepository<BusinessEntry, UUID> {

    @Modifying
    @Query(value = "truncate business_view", nativeQuery = true)
    void truncate();
}
