package dev.tandem.query.earnings;

import dev.tandem.api.earnings.EarningsReport;
import dev.tandem.api.earnings.FindEarningsQuery;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.paging.ListParameters;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Earnings recorded in [from, to), or with {@code by=job} of jobs scheduled to start in it: an admin's whole
 * business or one provider, a provider only its own. The items come a page at a time ({@code limit},
 * {@code cursor}); the totals always cover the whole range.
 */
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
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String by,
            Caller caller) {
        var provider = providerId == null ? null : new ProviderId(providerId);
        return report(caller, provider, from, to, Keyset.limit(limit), cursor, byJobDate(by));
    }

    @GetMapping("/api/provider/earnings")
    EarningsReport provider(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String by,
            Caller caller) {
        ProviderId own =
                caller.providerId().orElseThrow(() -> new AccessDeniedException("Only providers have own earnings."));
        return report(caller, own, from, to, Keyset.limit(limit), cursor, byJobDate(by));
    }

    /** {@code by=recorded} (the default) or {@code by=job}. */
    private static boolean byJobDate(String by) {
        if (by == null || by.equals("recorded")) {
            return false;
        }
        if (by.equals("job")) {
            return true;
        }
        throw new InvalidInputException("by", "must be recorded or job");
    }

    private EarningsReport report(
            Caller caller, ProviderId providerId, String from, String to, int limit, String cursor, boolean byJobDate) {
        return queries.query(
                        new FindEarningsQuery(
                                caller.businessId(),
                                providerId,
                                ListParameters.instant("from", from),
                                ListParameters.instant("to", to),
                                limit,
                                cursor,
                                byJobDate),
                        ResponseTypes.instanceOf(EarningsReport.class))
                .join();
    }
}
