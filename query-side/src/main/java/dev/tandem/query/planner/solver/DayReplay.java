package dev.tandem.query.planner.solver;

import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Standstill;
import dev.tandem.query.planner.domain.Visit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A provider's day replayed job after job with the planner's own timing (each job as soon as the provider can be
 * there, inside its window and hours): the hard rules of {@link DayPlanConstraints} it breaks, by name. The
 * greedy plan keeps only days that break none; the explanations name what a day would break.
 */
final class DayReplay {

    private DayReplay() {}

    static Set<String> brokenRules(Route route, List<Visit> visits) {
        var broken = new LinkedHashSet<String>();
        Standstill at = route;
        long leaving = route.leaveHomeFrom();
        long load = 0;
        for (Visit visit : visits) {
            long start = visit.startFor(route, at.place(), leaving);
            brokenAt(route, visit, start, broken);
            load += visit.load();
            leaving = start + visit.duration();
            at = visit;
        }
        if (load > route.capacity()) {
            broken.add(DayPlanConstraints.WITHIN_CAPACITY);
        }
        if (leaving + route.travel().seconds(at.place(), route.place()) > route.backHomeBy()) {
            broken.add(DayPlanConstraints.HOME_IN_TIME);
        }
        return broken;
    }

    private static void brokenAt(Route route, Visit visit, long start, Set<String> broken) {
        if (visit.isFixed()) {
            if (!route.providerId().equals(visit.fixedProvider()) || start != visit.earliestStart()) {
                broken.add(DayPlanConstraints.CONFIRMED_JOBS_STAY);
            }
            return;
        }
        if (!visit.mayBeDoneBy(route)) {
            broken.add(DayPlanConstraints.ELIGIBLE_PROVIDER);
        }
        if (start > visit.latestStart()) {
            broken.add(DayPlanConstraints.WITHIN_ARRIVAL_WINDOW);
        }
        if (!route.withinWorkingHours(start, visit.duration())) {
            broken.add(DayPlanConstraints.WITHIN_WORKING_HOURS);
        }
        if (route.duringTimeOff(start, visit.duration())) {
            broken.add(DayPlanConstraints.CLEAR_OF_TIME_OFF);
        }
    }
}
