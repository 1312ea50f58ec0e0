package dev.tandem.query.customer;

import dev.tandem.api.Page;
import dev.tandem.api.customer.CustomerView;
import dev.tandem.api.customer.FindCustomerQuery;
import dev.tandem.api.customer.FindCustomersQuery;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.CustomerId;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.paging.PageResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An admin searches the customers of its own business. */
@RestController
class CustomerQueryController {

    private final QueryGateway queries;

    CustomerQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/admin/customers")
    Page<CustomerView> customers(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            Caller caller) {
        return queries.query(
                        new FindCustomersQuery(caller.businessId(), q, Keyset.limit(limit), cursor),
                        PageResponseType.pageOf(CustomerView.class))
                .join();
    }

    @GetMapping("/api/admin/customers/{id}")
    CustomerView customer(@PathVariable String id, Caller caller) {
        return queries.query(
                        new FindCustomerQuery(caller.businessId(), customerId(id)),
                        ResponseTypes.instanceOf(CustomerView.class))
                .join();
    }

    /** An id that is not even a UUID names nothing the caller has. */
    private static CustomerId customerId(String id) {
        try {
            return CustomerId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No such customer.");
        }
    }
}
