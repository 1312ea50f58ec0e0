package dev.tandem.command.assignment;

import dev.tandem.api.assignment.AssignmentPolicyView;
import dev.tandem.api.assignment.DayPlanView;
import dev.tandem.api.assignment.FindAssignmentPolicyQuery;
import dev.tandem.api.assignment.FindCurrentBookingQuery;
import dev.tandem.api.assignment.PlanDayQuery;
import dev.tandem.api.assignment.ProposeAssignmentCommand;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.ChangeBookingCommand;
import dev.tandem.api.booking.UnassignBookingCommand;
import dev.tandem.api.errors.ConflictException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Plans a day (the query side solves it) and, when asked to, applies the plan through the same commands as the
 * assignment saga: a start moved within its window, then an offer the provider confirms or declines (a decline
 * goes to the saga). A booking that changed since it was planned (confirmed, taken, cancelled) is left alone, and
 * said so; confirmed and started jobs are never touched.
 */
@Component
class DayPlans {

    /** What happened to each assignment of an applied plan. */
    record Applied(String bookingId, String outcome) {}

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final AssignmentProperties settings;
    private final Clock clock;

    DayPlans(QueryGateway queries, CommandGateway commands, AssignmentProperties settings, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.settings = settings;
        this.clock = clock;
    }

    DayPlanView plan(BusinessId business, LocalDate date, boolean replanOffers, int timeLimitSeconds) {
        return queries.query(new PlanDayQuery(business, date, replanOffers, timeLimitSeconds), DayPlanView.class)
                .join();
    }

    List<Applied> apply(BusinessId business, DayPlanView plan, boolean replanOffers) {
        Instant expiresAt = clock.instant().plus(offerTimeout(business));
        var applied = new ArrayList<Applied>();
        for (DayPlanView.Assignment assignment : plan.assignments()) {
            applied.add(new Applied(assignment.bookingId(), offer(business, assignment, expiresAt, replanOffers)));
        }
        return applied;
    }

    private String offer(
            BusinessId business, DayPlanView.Assignment assignment, Instant expiresAt, boolean replanOffers) {
        BookingId bookingId = BookingId.of(assignment.bookingId());
        BookingView booking = queries.query(new FindCurrentBookingQuery(business, bookingId), BookingView.class)
                .join();
        if (!"PENDING".equals(booking.status())) {
            return "left alone: it is " + booking.status() + " now";
        }
        boolean offered = booking.providerId() != null;
        if (offered && booking.providerId().equals(assignment.providerId())) {
            return "already offered to this provider";
        }
        if (offered && !replanOffers) {
            return "left alone: it was given to a provider since";
        }
        try {
            if (offered) {
                commands.sendAndWait(new UnassignBookingCommand(bookingId, business, null));
            }
            if (!assignment.start().equals(booking.scheduledStart())) {
                commands.sendAndWait(new ChangeBookingCommand(
                        bookingId, business, null, assignment.start(), null, null, null, false, null, null, null));
            }
            commands.sendAndWait(new ProposeAssignmentCommand(
                    bookingId, business, ProviderId.of(assignment.providerId()), expiresAt, 0, assignment.reasons()));
            return "offered";
        } catch (ConflictException refused) {
            return "left alone: " + refused.getMessage();
        }
    }

    private Duration offerTimeout(BusinessId business) {
        Integer chosen = queries.query(new FindAssignmentPolicyQuery(business), AssignmentPolicyView.class)
                .join()
                .offerTimeoutMinutes();
        return chosen == null ? settings.offerTimeout() : Duration.ofMinutes(chosen);
    }
}
