package dev.tandem.command.business;

import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.OwnershipCheck;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A service is visible to the admins of the business whose catalogue holds it; to anyone else it does not exist. */
@Component
class CatalogueServiceOwnership implements OwnershipCheck {

    private final BusinessLookup businesses;

    CatalogueServiceOwnership(BusinessLookup businesses) {
        this.businesses = businesses;
    }

    @Override
    public void requireVisibleTo(Caller caller, UUID id) {
        businesses.service(caller.businessId(), id);
    }
}
