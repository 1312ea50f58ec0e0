package dev.tandem.query.planner.solver;

import static dev.tandem.query.planner.domain.DayPlan.HARD_LEVELS;
import static dev.tandem.query.planner.domain.DayPlan.SOFT_LEVELS;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Visit;

/**
 * The rules of a day's plan, one method each. Hard: the assignment rules of the ranking (who may do a job, its
 * hours and time off), the arrival windows with the travel between jobs, and the confirmed jobs left as they are.
 * Soft, in this order: every booking planned, the least travel, the work spread evenly, the better-rated
 * providers.
 */
public class DayPlanConstraints implements ConstraintProvider {

    public static final String ELIGIBLE_PROVIDER = "eligibleProvider";
    public static final String WITHIN_ARRIVAL_WINDOW = "withinArrivalWindow";
    public static final String WITHIN_WORKING_HOURS = "withinWorkingHours";
    public static final String CLEAR_OF_TIME_OFF = "clearOfTimeOff";
    public static final String CONFIRMED_JOBS_STAY = "confirmedJobsStay";
    public static final String HOME_IN_TIME = "homeInTime";
    public static final String WITHIN_CAPACITY = "withinCapacity";
    public static final String EVERY_BOOKING_PLANNED = "everyBookingPlanned";
    public static final String LEAST_TRAVEL = "leastTravel";
    public static final String EVEN_WORKLOAD = "evenWorkload";
    public static final String BETTER_RATED_PROVIDERS = "betterRatedProviders";

    static final BendableScore BROKEN = BendableScore.ofHard(HARD_LEVELS, SOFT_LEVELS, 0, 1);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            eligibleProvider(factory),
            withinArrivalWindow(factory),
            withinWorkingHours(factory),
            clearOfTimeOff(factory),
            confirmedJobsStay(factory),
            homeInTime(factory),
            withinCapacity(factory),
            everyBookingPlanned(factory),
            leastTravel(factory),
            evenWorkload(factory),
            betterRatedProviders(factory)
        };
    }

    private static UniConstraintStream<Visit> plannedVisits(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(Visit::isPlanned);
    }

    private static UniConstraintStream<Route> providerRoutes(ConstraintFactory factory) {
        return factory.forEach(Route.class).filter(route -> !route.isUnplanned());
    }

    private static BendableScore soft(int level) {
        return BendableScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, level, 1);
    }

    /** A job goes only to a provider who has its skill, serves its place and is active and not offline. */
    Constraint eligibleProvider(ConstraintFactory factory) {
        return plannedVisits(factory)
                .filter(visit -> !visit.isFixed() && !visit.mayBeDoneBy(visit.route()))
                .penalize(BROKEN, visit -> 60)
                .asConstraint(ELIGIBLE_PROVIDER);
    }

    /** The provider arrives inside the job's arrival window (at its start when it has none), travel included. */
    Constraint withinArrivalWindow(ConstraintFactory factory) {
        return plannedVisits(factory)
                .filter(visit -> !visit.isFixed() && visit.minutesLate() > 0)
                .penalize(BROKEN, Visit::minutesLate)
                .asConstraint(WITHIN_ARRIVAL_WINDOW);
    }

    /** A job takes place within its provider's working hours. */
    Constraint withinWorkingHours(ConstraintFactory factory) {
        return plannedVisits(factory)
                .filter(visit -> !visit.isFixed() && !visit.route().withinWorkingHours(visit.start(), visit.duration()))
                .penalize(BROKEN, visit -> 60)
                .asConstraint(WITHIN_WORKING_HOURS);
    }

    /** No job during its provider's time off. */
    Constraint clearOfTimeOff(ConstraintFactory factory) {
        return plannedVisits(factory)
                .filter(visit -> !visit.isFixed() && visit.route().duringTimeOff(visit.start(), visit.duration()))
                .penalize(BROKEN, visit -> 60)
                .asConstraint(CLEAR_OF_TIME_OFF);
    }

    /** A confirmed job stays with its provider at its time: the jobs planned around it leave room to get there. */
    Constraint confirmedJobsStay(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(Visit::movedFromItsPlace)
                .penalize(BROKEN, visit -> visit.isPlanned() ? 60 + visit.minutesLate() : 600)
                .asConstraint(CONFIRMED_JOBS_STAY);
    }

    /** A provider who must be home by a given time is (a depot's closing time, in the benchmark). */
    Constraint homeInTime(ConstraintFactory factory) {
        return providerRoutes(factory)
                .filter(route -> route.backHomeAt() > route.backHomeBy())
                .penalize(BROKEN, route -> (route.backHomeAt() - route.backHomeBy() + 59) / 60)
                .asConstraint(HOME_IN_TIME);
    }

    /** A provider's jobs need no more than it can carry (no limit in a service business; the benchmark has one). */
    Constraint withinCapacity(ConstraintFactory factory) {
        return providerRoutes(factory)
                .filter(route -> route.load() > route.capacity())
                .penalize(BROKEN, route -> route.load() - route.capacity())
                .asConstraint(WITHIN_CAPACITY);
    }

    /** Every booking of the day gets a provider when the rules allow it. */
    Constraint everyBookingPlanned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(visit -> !visit.isPlanned() && !visit.isFixed())
                .penalize(soft(0))
                .asConstraint(EVERY_BOOKING_PLANNED);
    }

    /** Then the least driving: from home, between jobs and back home, in seconds. */
    Constraint leastTravel(ConstraintFactory factory) {
        return providerRoutes(factory)
                .filter(route -> !route.visits().isEmpty())
                .penalize(soft(1), Route::travelSeconds)
                .asConstraint(LEAST_TRAVEL);
    }

    /** Then the day's work spread evenly: the sum of the squares of each provider's working minutes. */
    Constraint evenWorkload(ConstraintFactory factory) {
        return providerRoutes(factory)
                .filter(route -> !route.visits().isEmpty())
                .penalize(soft(2), route -> route.workMinutes() * route.workMinutes())
                .asConstraint(EVEN_WORKLOAD);
    }

    /** Then the jobs with the better-rated providers: tenths of a star for each job. */
    Constraint betterRatedProviders(ConstraintFactory factory) {
        return plannedVisits(factory)
                .filter(visit -> !visit.isFixed())
                .reward(soft(3), visit -> Math.round(visit.route().rating() * 10))
                .asConstraint(BETTER_RATED_PROVIDERS);
    }
}
