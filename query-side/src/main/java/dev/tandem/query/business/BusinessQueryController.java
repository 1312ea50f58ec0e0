package dev.tandem.query.business;

import dev.tandem.api.business.BusinessView;
import dev.tandem.api.business.FindBusinessQuery;
import dev.tandem.platform.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BusinessQueryController {

    private final QueryGateway queries;

    BusinessQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/admin/business")
    ResponseEntity<BusinessView> business(Caller caller) {
        BusinessView business = queries.query(
                        new FindBusinessQuery(caller.businessId()), ResponseTypes.instanceOf(BusinessView.class))
                .join();
        return ResponseEntity.ok().eTag(Long.toString(business.version())).body(business);
    }
}
