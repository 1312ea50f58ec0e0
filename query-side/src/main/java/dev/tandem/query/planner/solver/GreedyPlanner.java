package dev.tandem.query.planner.solver;

import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Visit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plan one gets by taking the bookings one by one, in the order of their windows, and giving each to the
 * provider it costs the least extra travel to send there without breaking a rule: what assigning them one at a
 * time amounts to, and the figure a whole-day plan is compared with. It fills the plan's routes and answers
 * its travel in seconds.
 */
public final class GreedyPlanner {

    private GreedyPlanner() {}

    public static long plan(DayPlan plan) {
        Route unplanned =
                plan.routes().stream().filter(Route::isUnplanned).findFirst().orElseThrow();
        for (Visit visit : plan.visits()) {
            if (visit.isFixed()) {
                insertInTimeOrder(
                        plan.providerRoutes().stream()
                                .filter(route -> route.providerId().equals(visit.fixedProvider()))
                                .findFirst()
                                .orElse(unplanned)
                                .visits(),
                        visit);
            }
        }
        List<Visit> open = plan.visits().stream()
                .filter(visit -> !visit.isFixed())
                .sorted(Comparator.comparingLong(Visit::earliestStart).thenComparingLong(Visit::latestStart))
                .toList();
        for (Visit visit : open) {
            Route best = null;
            long bestExtra = Long.MAX_VALUE;
            for (Route route : plan.providerRoutes()) {
                var trial = new ArrayList<>(route.visits());
                insertInTimeOrder(trial, visit);
                if (DayReplay.brokenRules(route, trial).isEmpty()) {
                    long extra = route.travelSeconds(trial) - route.travelSeconds();
                    if (extra < bestExtra) {
                        bestExtra = extra;
                        best = route;
                    }
                }
            }
            insertInTimeOrder(best != null ? best.visits() : unplanned.visits(), visit);
        }
        return plan.routes().stream().mapToLong(Route::travelSeconds).sum();
    }

    private static void insertInTimeOrder(List<Visit> visits, Visit visit) {
        int at = 0;
        while (at < visits.size() && visits.get(at).earliestStart() <= visit.earliestStart()) {
            at++;
        }
        visits.add(at, visit);
    }
}
