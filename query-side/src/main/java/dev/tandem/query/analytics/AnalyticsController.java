package dev.tandem.query.analytics;

import dev.tandem.api.analytics.AnalyticsReport;
import dev.tandem.api.analytics.FindAnalyticsQuery;
import dev.tandem.api.analytics.FindPerformanceQuery;
import dev.tandem.api.analytics.GroupBy;
import dev.tandem.api.analytics.PerformanceView;
import dev.tandem.api.business.BusinessView;
import dev.tandem.api.business.FindBusinessQuery;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A business's figures for a period of its local dates (the last 30 days unless asked), for its admins; a
 * provider's own, beside the business's, for that provider.
 */
@RestController
class AnalyticsController {

    private final QueryGateway queries;
    private final Clock clock;

    AnalyticsController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/admin/analytics")
    AnalyticsReport analytics(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID providerId,
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String compare,
            Caller caller) {
        var query = new FindAnalyticsQuery(
                caller.businessId(),
                PeriodParameters.period(from, to, () -> today(caller)),
                providerId == null ? null : new ProviderId(providerId),
                PeriodParameters.service(service),
                PeriodParameters.groupBy(groupBy),
                PeriodParameters.comparePrevious(compare));
        return queries.query(query, AnalyticsReport.class).join();
    }

    /** The per-provider table of {@code /api/admin/analytics}, for a spreadsheet. */
    @GetMapping(path = "/api/admin/analytics/export", produces = "text/csv")
    ResponseEntity<String> export(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID providerId,
            @RequestParam(required = false) String service,
            Caller caller) {
        var query = new FindAnalyticsQuery(
                caller.businessId(),
                PeriodParameters.period(from, to, () -> today(caller)),
                providerId == null ? null : new ProviderId(providerId),
                PeriodParameters.service(service),
                GroupBy.MONTH,
                false);
        return AnalyticsCsv.download(queries.query(query, AnalyticsReport.class).join());
    }

    @GetMapping("/api/provider/performance")
    PerformanceView performance(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Caller caller) {
        ProviderId own = caller.providerId()
                .orElseThrow(() -> new AccessDeniedException("Only providers have own performance."));
        var query = new FindPerformanceQuery(
                caller.businessId(), own, PeriodParameters.period(from, to, () -> today(caller)));
        return queries.query(query, PerformanceView.class).join();
    }

    private LocalDate today(Caller caller) {
        BusinessView business = queries.query(new FindBusinessQuery(caller.businessId()), BusinessView.class)
                .join();
        return LocalDate.now(clock.withZone(ZoneId.of(business.timeZone())));
    }
}
