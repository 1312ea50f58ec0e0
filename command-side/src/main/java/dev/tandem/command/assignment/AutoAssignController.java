package dev.tandem.command.assignment;

import dev.tandem.api.assignment.DayPlanView;
import dev.tandem.api.assignment.FindCurrentBookingQuery;
import dev.tandem.api.assignment.ProviderRanking;
import dev.tandem.api.assignment.RankProvidersForSlotQuery;
import dev.tandem.api.booking.AssignBookingCommand;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An admin asks for a booking to be given to the best-ranked provider now (docs/api.md, Assignment), and sees why
 * that one, who else could and who could not; or has a whole day planned at once (docs/planner.md).
 */
@RestController
class AutoAssignController {

    /** How many candidates are tried when the best ones were booked by someone else a moment ago. */
    private static final int ATTEMPTS = 3;

    /** How long a day is planned for when the caller does not say (docs/api.md). */
    private static final int DEFAULT_TIME_LIMIT_SECONDS = 10;

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final ProjectionBarrier projections;
    private final DayPlans dayPlans;

    AutoAssignController(
            QueryGateway queries, CommandGateway commands, ProjectionBarrier projections, DayPlans dayPlans) {
        this.queries = queries;
        this.commands = commands;
        this.projections = projections;
        this.dayPlans = dayPlans;
    }

    record AutoAssignRequest(
            UUID bookingId, LocalDate date, Boolean dryRun, Integer timeLimitSeconds, Boolean replanOffers) {}

    record AutoAssignment(
            String bookingId,
            String providerId,
            double score,
            List<String> reasons,
            List<ProviderRanking.Candidate> candidates,
            List<ProviderRanking.Exclusion> excluded) {}

    /** A day's plan as answered, and on {@code dryRun:false} what became of each assignment (null on a dry run). */
    record DayPlanAnswer(
            LocalDate date,
            List<DayPlanView.Assignment> assignments,
            List<DayPlanView.Unassigned> unassigned,
            long totalTravelMinutes,
            long greedyTravelMinutes,
            String score,
            long solvedInMs,
            List<DayPlans.Applied> applied) {

        static DayPlanAnswer of(DayPlanView plan, List<DayPlans.Applied> applied) {
            return new DayPlanAnswer(
                    plan.date(),
                    plan.assignments(),
                    plan.unassigned(),
                    plan.totalTravelMinutes(),
                    plan.greedyTravelMinutes(),
                    plan.score(),
                    plan.solvedInMs(),
                    applied);
        }
    }

    /**
     * One booking now ({@code bookingId}: {@link AutoAssignment}) or a whole local day ({@code date}:
     * {@link DayPlanAnswer}, a dry run unless {@code dryRun:false}).
     */
    @PostMapping("/api/admin/auto-assign")
    ResponseEntity<?> autoAssign(@RequestBody AutoAssignRequest request, Caller caller, HttpServletRequest http) {
        if (request.date() != null) {
            if (request.bookingId() != null) {
                throw new InvalidInputException("date", "give either bookingId or date, not both");
            }
            return ResponseEntity.ok(planDay(request, caller.businessId()));
        }
        if (request.bookingId() == null) {
            throw new InvalidInputException("bookingId", "is required");
        }
        BusinessId business = caller.businessId();
        BookingId bookingId = new BookingId(request.bookingId());
        BookingView booking = queries.query(new FindCurrentBookingQuery(business, bookingId), BookingView.class)
                .join();
        if (!"PENDING".equals(booking.status()) || booking.providerId() != null) {
            throw new ConflictException("Only a PENDING booking without a provider can be auto-assigned; this one is "
                    + booking.status() + (booking.providerId() == null ? "." : " with a provider."));
        }
        ProviderRanking ranking = queries.query(rankingFor(business, booking), ProviderRanking.class)
                .join();
        if (ranking.nobodyFits()) {
            ProblemDetail nobody = ProblemWriter.problem(
                    HttpStatus.CONFLICT, "No provider can take this booking.", List.of(), http.getRequestURI());
            nobody.setProperty("excluded", ranking.excluded());
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(nobody);
        }
        ProviderRanking.Candidate pick = assignTheBestFree(business, bookingId, ranking.candidates());
        projections.awaitAggregates(bookingId.toString());
        return ResponseEntity.ok(new AutoAssignment(
                bookingId.toString(),
                pick.providerId(),
                pick.score(),
                pick.reasons(),
                ranking.candidates(),
                ranking.excluded()));
    }

    /**
     * The ranking reads the views, which may not show a booking taken a moment ago; the booking's own slot
     * check is the judge, and the next candidates are tried when it refuses.
     */
    private ProviderRanking.Candidate assignTheBestFree(
            BusinessId business, BookingId bookingId, List<ProviderRanking.Candidate> candidates) {
        var tried = new ArrayList<ProviderRanking.Candidate>();
        ConflictException refused = null;
        for (ProviderRanking.Candidate candidate : candidates) {
            if (tried.size() == ATTEMPTS) {
                break;
            }
            tried.add(candidate);
            try {
                commands.sendAndWait(
                        new AssignBookingCommand(bookingId, business, ProviderId.of(candidate.providerId()), null));
                return candidate;
            } catch (ConflictException e) {
                refused = e;
            }
        }
        throw refused;
    }

    private DayPlanAnswer planDay(AutoAssignRequest request, BusinessId business) {
        boolean replanOffers = Boolean.TRUE.equals(request.replanOffers());
        int limit = request.timeLimitSeconds() == null ? DEFAULT_TIME_LIMIT_SECONDS : request.timeLimitSeconds();
        DayPlanView plan = dayPlans.plan(business, request.date(), replanOffers, limit);
        if (!Boolean.FALSE.equals(request.dryRun())) {
            return DayPlanAnswer.of(plan, null);
        }
        List<DayPlans.Applied> applied = dayPlans.apply(business, plan, replanOffers);
        projections.awaitAggregates(plan.assignments().stream()
                .map(DayPlanView.Assignment::bookingId)
                .toArray(String[]::new));
        return DayPlanAnswer.of(plan, applied);
    }

    private static RankProvidersForSlotQuery rankingFor(BusinessId business, BookingView booking) {
        return new RankProvidersForSlotQuery(
                business,
                BookingId.of(booking.id()),
                booking.service(),
                booking.customer().lat(),
                booking.customer().lng(),
                booking.scheduledStart(),
                booking.durationMinutes());
    }
}
