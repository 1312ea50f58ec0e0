package dev.tandem.query.history;

import dev.tandem.api.history.FindHistoryQuery;
import dev.tandem.api.history.HistoryEntry;
import dev.tandem.api.history.HistorySubject;
import dev.tandem.platform.security.Caller;
import java.util.List;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HistoryController {

    private final QueryGateway queries;

    HistoryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** Admins read any booking of their business; a provider only the bookings assigned to it. */
    @GetMapping("/api/bookings/{bookingId}/history")
    List<HistoryEntry> bookingHistory(@PathVariable UUID bookingId, Caller caller) {
        return history(new FindHistoryQuery(
                caller.businessId(),
                bookingId,
                HistorySubject.BOOKING,
                caller.isAdmin() ? null : caller.providerId().orElseThrow()));
    }

    @GetMapping("/api/admin/providers/{providerId}/history")
    List<HistoryEntry> providerHistory(@PathVariable UUID providerId, Caller caller) {
        return history(new FindHistoryQuery(caller.businessId(), providerId, HistorySubject.PROVIDER, null));
    }

    private List<HistoryEntry> history(FindHistoryQuery query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(HistoryEntry.class))
                .join();
    }
}
