package dev.tandem.query.provider;

import dev.tandem.api.Page;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.FindAvailabilityQuery;
import dev.tandem.api.provider.FindProviderQuery;
import dev.tandem.api.provider.FindProvidersQuery;
import dev.tandem.api.provider.FindProvidersWithPayRatesQuery;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.api.provider.ProviderWithPayRatesView;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.paging.PageResponseType;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads of providers: admins read their business's, a provider reads only its own. */
@RestController
class ProviderQueryController {

    private final QueryGateway queries;

    ProviderQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/admin/providers")
    Page<ProviderView> providers(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            Caller caller) {
        var query = new FindProvidersQuery(caller.businessId(), status(status), skill, q, Keyset.limit(limit), cursor);
        return queries.query(query, PageResponseType.pageOf(ProviderView.class)).join();
    }

    @GetMapping("/api/admin/providers/{id}")
    ResponseEntity<ProviderView> provider(@PathVariable String id, Caller caller) {
        return withETag(find(caller, providerId(id)));
    }

    /** Every provider with its pay-rate history and earnings to date, on one page. */
    @GetMapping("/api/admin/providers/legacy")
    Page<ProviderWithPayRatesView> payRoll(Caller caller) {
        return queries.query(
                        new FindProvidersWithPayRatesQuery(caller.businessId()),
                        PageResponseType.pageOf(ProviderWithPayRatesView.class))
                .join();
    }

    @GetMapping("/api/provider/profile")
    ResponseEntity<ProviderView> profile(Caller caller) {
        return withETag(find(caller, ownProvider(caller)));
    }

    @GetMapping("/api/provider/availability")
    AvailabilityView availability(Caller caller) {
        return queries.query(
                        new FindAvailabilityQuery(caller.businessId(), ownProvider(caller)),
                        ResponseTypes.instanceOf(AvailabilityView.class))
                .join();
    }

    private ProviderView find(Caller caller, ProviderId providerId) {
        return queries.query(
                        new FindProviderQuery(caller.businessId(), providerId),
                        ResponseTypes.instanceOf(ProviderView.class))
                .join();
    }

    private static ResponseEntity<ProviderView> withETag(ProviderView provider) {
        return ResponseEntity.ok().eTag(Long.toString(provider.version())).body(provider);
    }

    private static ProviderStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ProviderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be AVAILABLE, BUSY, ON_BREAK or OFFLINE");
        }
    }

    private static ProviderId ownProvider(Caller caller) {
        return caller.providerId().orElseThrow(() -> new NotFoundException("No such provider."));
    }

    /** An id that is not even a UUID names nothing the caller has. */
    private static ProviderId providerId(String id) {
        try {
            return ProviderId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No such provider.");
        }
    }
}
