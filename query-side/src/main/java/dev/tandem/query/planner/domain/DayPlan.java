package dev.tandem.query.planner.domain;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.BendableScore;
import java.util.ArrayList;
import java.util.List;

/**
 * A business's day to plan: the providers' routes and the jobs to put on them. The score ranks plans by the
 * rules they break first (one hard level), then by what matters to the business, in this order: jobs left
 * unplanned, travel, how evenly the work is spread, and the providers' ratings (four soft levels).
 */
@PlanningSolution
public class DayPlan {

    public static final int HARD_LEVELS = 1;
    public static final int SOFT_LEVELS = 4;

    @PlanningEntityCollectionProperty
    private List<Route> routes;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Visit> visits;

    @PlanningScore(bendableHardLevelsSize = HARD_LEVELS, bendableSoftLevelsSize = SOFT_LEVELS)
    private BendableScore score;

    DayPlan() {
        // for Timefold
    }

    /** The providers' routes, and the unplanned one added after them. */
    public DayPlan(List<Route> routes, List<Visit> visits) {
        this.routes = new ArrayList<>(routes);
        this.routes.add(Route.unplanned());
        this.visits = new ArrayList<>(visits);
    }

    /** The routes of real providers, without the unplanned one. */
    public List<Route> providerRoutes() {
        return routes.stream().filter(route -> !route.isUnplanned()).toList();
    }

    /** The jobs no provider takes in this plan. */
    public List<Visit> unplanned() {
        return visits.stream().filter(visit -> !visit.isPlanned()).toList();
    }

    public List<Route> routes() {
        return routes;
    }

    public List<Visit> visits() {
        return visits;
    }

    public BendableScore score() {
        return score;
    }

    public long travelSeconds() {
        return routes.stream().mapToLong(Route::travelSeconds).sum();
    }

    // Timefold reads and writes the annotated fields through these.

    public List<Route> getRoutes() {
        return routes;
    }

    public void setRoutes(List<Route> routes) {
        this.routes = routes;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    public BendableScore getScore() {
        return score;
    }

    public void setScore(BendableScore score) {
        this.score = score;
    }
}
