package dev.tandem.query.planner.solver;

import static dev.tandem.query.planner.solver.PlannerDays.at;
import static dev.tandem.query.planner.solver.PlannerDays.route;
import static dev.tandem.query.planner.solver.PlannerDays.span;
import static dev.tandem.query.planner.solver.PlannerDays.timed;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Visit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of the day's plan, each named after its constraint. */
class DayPlanConstraintsTests {

    private final ConstraintVerifier<DayPlanConstraints, DayPlan> verifier =
            ConstraintVerifier.build(new DayPlanConstraints(), DayPlan.class, Route.class, Visit.class);

    /** Ann lives at 0, Bob at 30; jobs at 10, 20 and 40 (places 2, 3, 4). */
    private final PlannerDays road = new PlannerDays(0, 30, 10, 20, 40);

    @Test
    void eligibleProvider() {
        Route ann = road.provider("ann", 0);
        Route bob = road.provider("bob", 1);
        Visit annsSkill = road.job("j1", 2, "09:00", "12:00", 60, "ann");
        Visit anyone = road.job("j2", 3, "09:00", "12:00", 60, "ann", "bob");
        route(bob, annsSkill, anyone);
        DayPlan plan = timed(List.of(ann, bob), List.of(annsSkill, anyone));

        verifier.verifyThat(DayPlanConstraints::eligibleProvider)
                .given(ann, bob, annsSkill, anyone)
                .penalizesBy(60);
        assertThat(plan.visits()).allMatch(visit -> visit.route() == bob);
    }

    @Test
    void withinArrivalWindow() {
        Route ann = road.provider("ann", 0);
        Visit first = road.job("j1", 4, "08:00", "08:00", 60, "ann");
        Visit second = road.job("j2", 2, "09:00", "09:10", 30, "ann");
        route(ann, first, second);
        timed(List.of(ann), List.of(first, second));

        // Ann leaves home at 07:20 for the job at 40 km, ends it at 09:00, and is at 10 km by 09:30: 20 minutes
        // after the second job's window closed.
        assertThat(second.start()).isEqualTo(at("09:30"));
        verifier.verifyThat(DayPlanConstraints::withinArrivalWindow)
                .given(ann, first, second)
                .penalizesBy(20);
    }

    @Test
    void withinWorkingHours() {
        Route ann = road.provider("ann", 0, span("09:00", "12:00"), List.of(), 0);
        Visit tooLate = road.job("j1", 2, "11:30", "11:30", 60, "ann");
        Visit inHours = road.job("j2", 3, "09:00", "11:00", 60, "ann");
        route(ann, inHours, tooLate);
        timed(List.of(ann), List.of(inHours, tooLate));

        verifier.verifyThat(DayPlanConstraints::withinWorkingHours)
                .given(ann, inHours, tooLate)
                .penalizesBy(60);
    }

    @Test
    void clearOfTimeOff() {
        Route ann = road.provider("ann", 0, span("08:00", "12:00"), List.of(span("10:00", "12:00")), 0);
        Route bob = road.provider("bob", 1, span("08:00", "17:00"), List.of(span("10:00", "12:00")), 0);
        Visit stuck = road.job("j1", 2, "10:30", "10:30", 60, "ann");
        Visit waits = road.job("j2", 3, "09:30", "13:00", 60, "bob");
        route(ann, stuck);
        route(bob, waits);
        timed(List.of(ann, bob), List.of(stuck, waits));

        // Bob's job, with a wide window, waits for his time off to end; Ann's has no moment left outside hers.
        assertThat(waits.start()).isEqualTo(at("12:00"));
        assertThat(stuck.start()).isEqualTo(at("10:30"));
        verifier.verifyThat(DayPlanConstraints::clearOfTimeOff)
                .given(ann, bob, stuck, waits)
                .penalizesBy(60);
    }

    @Test
    void confirmedJobsStay() {
        Route ann = road.provider("ann", 0);
        Route bob = road.provider("bob", 1);
        Visit annsConfirmed = Visit.fixed("c1", 2, road.travel, at("10:00"), 3600, "ann");
        Visit bobsConfirmed = Visit.fixed("c2", 3, road.travel, at("10:00"), 3600, "bob");
        Visit keptInPlace = Visit.fixed("c3", 2, road.travel, at("12:00"), 3600, "ann");
        route(bob, annsConfirmed);
        route(ann, keptInPlace);
        timed(List.of(ann, bob), List.of(annsConfirmed, bobsConfirmed, keptInPlace));

        // One confirmed job given to someone else, one dropped from the plan; the third is where it belongs.
        verifier.verifyThat(DayPlanConstraints::confirmedJobsStay)
                .given(ann, bob, annsConfirmed, bobsConfirmed, keptInPlace)
                .penalizesBy(60 + 600);
    }

    @Test
    void homeInTime() {
        Route ann = new Route(
                "ann", "ann", 0, road.travel, 0, at("10:00"), List.of(span("08:00", "18:00")), List.of(), 100, 0);
        Visit job = road.job("j1", 3, "09:00", "09:00", 50, "ann");
        route(ann, job);
        timed(List.of(ann), List.of(job));

        // The job ends at 09:50 and home is 20 minutes away: home at 10:10, ten minutes after it had to be.
        verifier.verifyThat(DayPlanConstraints::homeInTime).given(ann, job).penalizesBy(10);
    }

    @Test
    void withinCapacity() {
        Route ann = new Route(
                "ann", "ann", 0, road.travel, 0, Route.UNLIMITED, List.of(span("08:00", "18:00")), List.of(), 10, 0);
        Visit six = new Visit("j1", 2, road.travel, at("09:00"), at("12:00"), 1800, 6, java.util.Set.of("ann"));
        Visit seven = new Visit("j2", 3, road.travel, at("09:00"), at("12:00"), 1800, 7, java.util.Set.of("ann"));
        route(ann, six, seven);
        timed(List.of(ann), List.of(six, seven));

        verifier.verifyThat(DayPlanConstraints::withinCapacity)
                .given(ann, six, seven)
                .penalizesBy(3);
    }

    @Test
    void everyBookingPlanned() {
        Route ann = road.provider("ann", 0);
        Visit planned = road.job("j1", 2, "09:00", "12:00", 60, "ann");
        Visit left = road.job("j2", 3, "09:00", "12:00", 60, "ann");
        Visit alsoLeft = road.job("j3", 4, "09:00", "12:00", 60, "ann");
        Visit confirmedElsewhere = Visit.fixed("c1", 2, road.travel, at("15:00"), 3600, "bob");
        route(ann, planned);
        timed(List.of(ann), List.of(planned, left, alsoLeft, confirmedElsewhere));

        // A confirmed job is not a booking to plan (confirmedJobsStay is its rule).
        verifier.verifyThat(DayPlanConstraints::everyBookingPlanned)
                .given(ann, planned, left, alsoLeft, confirmedElsewhere)
                .penalizesBy(2);
    }

    @Test
    void leastTravel() {
        Route ann = road.provider("ann", 0);
        Route bob = road.provider("bob", 1);
        Visit ten = road.job("j1", 2, "09:00", "12:00", 60, "ann", "bob");
        Visit twenty = road.job("j2", 3, "09:00", "14:00", 60, "ann", "bob");
        route(ann, ten, twenty);
        timed(List.of(ann, bob), List.of(ten, twenty));

        // Ann: 0 → 10 → 20 → 0 is 40 km, 40 minutes; Bob stays home and travels nothing.
        verifier.verifyThat(DayPlanConstraints::leastTravel)
                .given(ann, bob, ten, twenty)
                .penalizesBy(40 * 60);
    }

    @Test
    void evenWorkload() {
        Route ann = road.provider("ann", 0);
        Route bob = road.provider("bob", 1);
        Visit hour = road.job("j1", 2, "09:00", "12:00", 60, "ann", "bob");
        Visit twoHours = road.job("j2", 3, "09:00", "12:00", 120, "ann", "bob");
        route(ann, hour);
        route(bob, twoHours);
        timed(List.of(ann, bob), List.of(hour, twoHours));

        verifier.verifyThat(DayPlanConstraints::evenWorkload)
                .given(ann, bob, hour, twoHours)
                .penalizesBy(60 * 60 + 120 * 120);
    }

    @Test
    void betterRatedProviders() {
        Route ann = road.provider("ann", 0, span("08:00", "18:00"), List.of(), 4.8);
        Route bob = road.provider("bob", 1, span("08:00", "18:00"), List.of(), 3.0);
        Visit one = road.job("j1", 2, "09:00", "12:00", 60, "ann", "bob");
        Visit two = road.job("j2", 3, "09:00", "14:00", 60, "ann", "bob");
        Visit three = road.job("j3", 4, "09:00", "14:00", 60, "ann", "bob");
        route(ann, one, two);
        route(bob, three);
        timed(List.of(ann, bob), List.of(one, two, three));

        verifier.verifyThat(DayPlanConstraints::betterRatedProviders)
                .given(ann, bob, one, two, three)
                .rewardsWith(48 + 48 + 30);
    }
}
