package dev.tandem.query.earnings;

import dev.tandem.api.earnings.EarningsReport;
import dev.tandem.api.earnings.FindEarningsQuery;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.paging.ListParameters;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Earnings recorded in [from, to): an admin's whole business or one provider, a provider only its own. */
@RestController
class EarningsController {

    private final QueryGateway queries;

    EarningsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/admin/earnings")
    EarningsReport business(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID providerId,
            Caller caller) {
        return report(caller, providerId == null ? null : new ProviderId(providerId), from, to);
    }

    @GetMapping("/api/provider/earnings")
    EarningsReport provider(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Caller caller) {
        ProviderId own =
                caller.providerId().orElseThrow(() -> new AccessDeniedException("Only providers have own earnings."));
        return report(caller, own, from, to);
    }

    private EarningsReport report(Caller caller, ProviderId providerId, String from, String to) {
        return queries.query(
                        new FindEarningsQuery(
                                caller.businessId(),
                                providerId,
                                ListParameters.instant("from", from),
                                ListParameters.instant("to", to)),
                        ResponseTypes.instanceOf(EarningsReport.class))
                .join();
    }
}
