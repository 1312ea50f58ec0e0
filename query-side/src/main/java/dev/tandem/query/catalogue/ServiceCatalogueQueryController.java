package dev.tandem.query.catalogue;

import dev.tandem.api.Page;
import dev.tandem.api.catalogue.FindServicesQuery;
import dev.tandem.api.catalogue.ServiceView;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.paging.PageResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An admin lists its business's service catalogue. */
@RestController
class ServiceCatalogueQueryController {

    private final QueryGateway queries;

    ServiceCatalogueQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/admin/services")
    Page<ServiceView> services(Caller caller) {
        return queries.query(new FindServicesQuery(caller.businessId()), PageResponseType.pageOf(ServiceView.class))
                .join();
    }
}
