package dev.tandem.query.history;

import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.history.FindHistoryQuery;
import dev.tandem.api.history.HistoryEntry;
import dev.tandem.api.history.HistorySlice;
import dev.tandem.api.history.HistorySubject;
import dev.tandem.platform.security.Caller;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A history is a plain array, as the contract fixes it, of at most {@value FindHistoryQuery#MAX_LIMIT} events
 * from {@code fromSequence}; when more follow, a {@code Link: <…>; rel="next"} header names the next part.
 */
@RestController
class HistoryController {

    private final QueryGateway queries;

    HistoryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** Admins read any booking of their business; a provider only the bookings assigned to it. */
    @GetMapping("/api/bookings/{bookingId}/history")
    ResponseEntity<List<HistoryEntry>> bookingHistory(
            @PathVariable UUID bookingId,
            @RequestParam(required = false) Long fromSequence,
            @RequestParam(required = false) Integer limit,
            Caller caller) {
        return history(new FindHistoryQuery(
                caller.businessId(),
                bookingId,
                HistorySubject.BOOKING,
                caller.isAdmin() ? null : caller.providerId().orElseThrow(),
                fromSequence(fromSequence),
                limit(limit)));
    }

    @GetMapping("/api/admin/providers/{providerId}/history")
    ResponseEntity<List<HistoryEntry>> providerHistory(
            @PathVariable UUID providerId,
            @RequestParam(required = false) Long fromSequence,
            @RequestParam(required = false) Integer limit,
            Caller caller) {
        return history(new FindHistoryQuery(
                caller.businessId(),
                providerId,
                HistorySubject.PROVIDER,
                null,
                fromSequence(fromSequence),
                limit(limit)));
    }

    private ResponseEntity<List<HistoryEntry>> history(FindHistoryQuery query) {
        HistorySlice slice = queries.query(query, HistorySlice.class).join();
        var answer = ResponseEntity.ok();
        if (slice.nextSequence() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("fromSequence", slice.nextSequence())
                    .replaceQueryParam("limit", query.limit())
                    .build()
                    .toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(slice.entries());
    }

    private static long fromSequence(Long fromSequence) {
        if (fromSequence == null) {
            return 0;
        }
        if (fromSequence < 0) {
            throw new InvalidInputException("fromSequence", "must not be negative");
        }
        return fromSequence;
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return FindHistoryQuery.MAX_LIMIT;
        }
        if (limit < 1 || limit > FindHistoryQuery.MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + FindHistoryQuery.MAX_LIMIT);
        }
        return limit;
    }
}
