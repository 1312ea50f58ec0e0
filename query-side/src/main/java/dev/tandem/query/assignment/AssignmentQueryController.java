package dev.tandem.query.assignment;

import dev.tandem.api.Page;
import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.FindAssignmentPolicyQuery;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.api.assignment.RankProvidersQuery;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.kernel.BookingId;
import dev.tandem.platform.security.Caller;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An admin reads its business's ranking weights, and how its providers rank for a booking right now. */
@RestController
class AssignmentQueryController {

    private final QueryGateway queries;

    AssignmentQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/admin/assignment-policy")
    ResponseEntity<AssignmentPolicyView> policy(Caller caller) {
        AssignmentPolicyView policy = queries.query(
                        new FindAssignmentPolicyQuery(caller.businessId()), AssignmentPolicyView.class)
                .join();
        return ResponseEntity.ok().eTag(Long.toString(policy.version())).body(policy);
    }

    /**
     * How the providers rank for a booking now, with how many are candidates and how many are excluded.
     *
     * @param limit at most this many candidates and this many exclusions are listed (default: all, which a
     *     business's cap on providers bounds; at most {@value Page#MAX_LIMIT})
     */
    record RankingAnswer(
            String bookingId,
            int candidateCount,
            int excludedCount,
            List<ProviderRanking.Candidate> candidates,
            List<ProviderRanking.Exclusion> excluded) {}

    /** What {@code POST /api/admin/auto-assign} would pick from, without assigning anything. */
    @GetMapping("/api/admin/bookings/{id}/ranking")
    RankingAnswer ranking(@PathVariable String id, @RequestParam(required = false) Integer limit, Caller caller) {
        if (limit != null && (limit < 0 || limit > Page.MAX_LIMIT)) {
            throw new InvalidInputException("limit", "must be between 0 and " + Page.MAX_LIMIT);
        }
        ProviderRanking ranking = queries.query(
                        new RankProvidersQuery(caller.businessId(), bookingId(id)), ProviderRanking.class)
                .join();
        int shown = limit == null ? Integer.MAX_VALUE : limit;
        return new RankingAnswer(
                ranking.bookingId(),
                ranking.candidates().size(),
                ranking.excluded().size(),
                ranking.candidates().stream().limit(shown).toList(),
                ranking.excluded().stream().limit(shown).toList());
    }

    private static BookingId bookingId(String id) {
        try {
            return BookingId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No such booking.");
        }
    }
}
