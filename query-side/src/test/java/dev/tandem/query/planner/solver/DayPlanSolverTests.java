package dev.tandem.query.planner.solver;

import static dev.tandem.query.planner.solver.PlannerDays.at;
import static dev.tandem.query.planner.solver.PlannerDays.span;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Visit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The solver on small days whose best plan is known by hand. */
class DayPlanSolverTests {

    private static final Duration QUICK = Duration.ofSeconds(1);

    private final DayPlanSolver solver = new DayPlanSolver();

    @Test
    void eachProviderTakesTheJobsNearItsHome() {
        // Ann lives at 0 and Bob at 100; two jobs near each. Best: each does its own two, 2 × 2 × 20 km.
        var road = new PlannerDays(0, 100, 10, 20, 80, 90);
        Route ann = road.provider("ann", 0);
        Route bob = road.provider("bob", 1);
        List<Visit> jobs = List.of(
                road.job("near-ann-1", 2, "09:00", "16:00", 30, "ann", "bob"),
                road.job("near-ann-2", 3, "09:00", "16:00", 30, "ann", "bob"),
                road.job("near-bob-1", 4, "09:00", "16:00", 30, "ann", "bob"),
                road.job("near-bob-2", 5, "09:00", "16:00", 30, "ann", "bob"));

        DayPlan plan = solve(List.of(ann, bob), jobs);

        assertThat(ids(plan, "ann")).containsExactlyInAnyOrder("near-ann-1", "near-ann-2");
        assertThat(ids(plan, "bob")).containsExactlyInAnyOrder("near-bob-1", "near-bob-2");
        assertThat(plan.travelSeconds()).isEqualTo(2 * 40 * 60);
        assertThat(plan.score().isFeasible()).isTrue();
    }

    @Test
    void windowsDecideTheOrderEvenWhenItMeansMoreDriving() {
        // One provider, jobs at 10 and 20 km: the far one must be done first (its window closes at 09:30).
        var road = new PlannerDays(0, 10, 20);
        Route ann = road.provider("ann", 0);
        Visit near = road.job("near", 1, "10:00", "12:00", 30, "ann");
        Visit far = road.job("far", 2, "09:00", "09:30", 30, "ann");

        DayPlan plan = solve(List.of(ann), List.of(near, far));

        assertThat(ids(plan, "ann")).containsExactly("far", "near");
        assertThat(visit(plan, "far").start()).isEqualTo(at("09:00"));
        assertThat(visit(plan, "near").start()).isEqualTo(at("10:00"));
        assertThat(plan.score().isFeasible()).isTrue();
    }

    @Test
    void aJobNobodyMayDoIsLeftUnplannedAndTheRestIsPlanned() {
        var road = new PlannerDays(0, 10, 20);
        Route ann = road.provider("ann", 0, span("08:00", "12:00"), List.of(), 0);
        Visit fits = road.job("fits", 1, "09:00", "10:00", 60, "ann");
        Visit afterHours = road.job("after-hours", 2, "13:00", "14:00", 60, "ann");

        DayPlan plan = solve(List.of(ann), List.of(fits, afterHours));

        assertThat(ids(plan, "ann")).containsExactly("fits");
        assertThat(visit(plan, "after-hours").isPlanned()).isFalse();
        assertThat(plan.unplanned()).extracting(Visit::bookingId).containsExactly("after-hours");
        assertThat(PlanExplanations.whyNotPlanned(plan, visit(plan, "after-hours")))
                .containsExactly(java.util.Map.entry("ann", "not working then"));
        assertThat(plan.score().isFeasible()).isTrue();
        assertThat(plan.score().softScore(0)).isEqualTo(-1);
    }

    @Test
    void confirmedJobsStayAndTheRestIsPlannedAroundThem() {
        // Bob has a confirmed job at 50 km from 10:00 to 11:00; a job at 60 km fits after it, not before it.
        var road = new PlannerDays(0, 100, 50, 60, 10);
        Route ann = road.provider("ann", 0);
        Route bob = road.provider("bob", 1);
        Visit confirmed = Visit.fixed("confirmed", 2, road.travel, at("10:00"), 3600, "bob");
        Visit next = road.job("next", 3, "11:00", "11:30", 60, "ann", "bob");
        Visit annsOwn = road.job("anns-own", 4, "09:00", "12:00", 60, "ann");

        DayPlan plan = solve(List.of(ann, bob), List.of(confirmed, next, annsOwn));

        assertThat(ids(plan, "bob")).containsExactly("confirmed", "next");
        assertThat(visit(plan, "confirmed").start()).isEqualTo(at("10:00"));
        assertThat(visit(plan, "next").start()).isEqualTo(at("11:10"));
        assertThat(ids(plan, "ann")).containsExactly("anns-own");
        assertThat(plan.score().isFeasible()).isTrue();
    }

    @Test
    void thePlanTravelsLessThanTheGreedyOne() {
        // Jobs zigzag along the road in the order of their windows (all open until 16:00): taken one by one, the
        // provider drives 0 → 25 → 35 → 28 → 32 → 0, 78 km; in one sweep it is 0 → 25 → 28 → 32 → 35 → 0, 70 km.
        var road = new PlannerDays(0, 60, 25, 35, 28, 32);
        DayPlan greedy = zigzag(road);
        long greedyTravel = GreedyPlanner.plan(greedy);

        DayPlan plan = solver.solve(zigzag(road), QUICK, QUICK).plan();

        assertThat(greedyTravel).isEqualTo(78 * 60);
        assertThat(plan.score().isFeasible()).isTrue();
        assertThat(plan.travelSeconds()).isEqualTo(70 * 60);
    }

    private static DayPlan zigzag(PlannerDays road) {
        String[] opens = {"09:00", "09:30", "10:00", "10:30"};
        var jobs = new ArrayList<Visit>();
        for (int i = 0; i < opens.length; i++) {
            jobs.add(road.job("j" + i, 2 + i, opens[i], "16:00", 20, "ann", "bob"));
        }
        return new DayPlan(List.of(road.provider("ann", 0), road.provider("bob", 1)), jobs);
    }

    private DayPlan solve(List<Route> routes, List<Visit> visits) {
        return solver.solve(new DayPlan(routes, visits), QUICK, QUICK).plan();
    }

    /** The solver answers a copy of the day: its providers' jobs are read from the plan it answers. */
    private static List<String> ids(DayPlan plan, String providerId) {
        return plan.routes().stream()
                .filter(route -> route.providerId().equals(providerId))
                .findFirst()
                .orElseThrow()
                .visits()
                .stream()
                .map(Visit::bookingId)
                .toList();
    }

    private static Visit visit(DayPlan plan, String bookingId) {
        return plan.visits().stream()
                .filter(visit -> visit.bookingId().equals(bookingId))
                .findFirst()
                .orElseThrow();
    }
}
