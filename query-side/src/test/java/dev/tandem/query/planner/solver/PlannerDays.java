package dev.tandem.query.planner.solver;

import ai.timefold.solver.core.api.solver.SolutionManager;
import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Span;
import dev.tandem.query.planner.domain.TravelMatrix;
import dev.tandem.query.planner.domain.Visit;
import java.util.List;
import java.util.Set;

/**
 * Small hand-made days for the planner's tests: places on a straight road, one kilometre a minute, so every
 * travel time is the distance between two mile-posts; times are given as "HH:MM".
 */
final class PlannerDays {

    /** Where each place is along the road, in kilometres: homes first, then jobs. */
    private final int[] kilometres;

    final TravelMatrix travel;

    PlannerDays(int... kilometres) {
        this.kilometres = kilometres;
        long[][] seconds = new long[kilometres.length][kilometres.length];
        for (int from = 0; from < kilometres.length; from++) {
            for (int to = 0; to < kilometres.length; to++) {
                seconds[from][to] = Math.abs(kilometres[from] - kilometres[to]) * 60L;
            }
        }
        travel = new TravelMatrix(seconds);
    }

    static long at(String time) {
        String[] parts = time.split(":");
        return Integer.parseInt(parts[0]) * 3600L + Integer.parseInt(parts[1]) * 60L;
    }

    static Span span(String from, String to) {
        return new Span(at(from), at(to));
    }

    /** A provider living at that place, working those hours, leaving home whenever it needs to. */
    Route provider(String id, int home, Span hours, List<Span> timeOff, double rating) {
        return new Route(id, id, home, travel, 0, Route.UNLIMITED, List.of(hours), timeOff, Route.UNLIMITED, rating);
    }

    Route provider(String id, int home) {
        return provider(id, home, span("08:00", "18:00"), List.of(), 0);
    }

    /** A job anyone listed may do, of that many minutes, to start between those times. */
    Visit job(String id, int place, String from, String to, int minutes, String... eligible) {
        return new Visit(id, place, travel, at(from), at(to), minutes * 60L, 0, Set.of(eligible));
    }

    /** Puts the jobs on the provider's day in this order, and times the day as the solver would. */
    static void route(Route route, Visit... visits) {
        route.visits().addAll(List.of(visits));
    }

    static DayPlan timed(List<Route> routes, List<Visit> visits) {
        DayPlan plan = new DayPlan(routes, visits);
        SolutionManager.updateShadowVariables(plan);
        return plan;
    }
}
