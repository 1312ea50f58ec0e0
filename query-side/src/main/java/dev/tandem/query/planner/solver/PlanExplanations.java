package dev.tandem.query.planner.solver;

import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Visit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Why a plan left a job without a provider, in words: for each provider who may do it at all, the job is put at
 * every place in that provider's planned day and the day replayed with the planner's own timing and rules
 * ({@link DayReplay}); the rules broken at the place that breaks fewest are named. (Timefold's own recommendation
 * API does the same, but only in its commercial edition.)
 */
public final class PlanExplanations {

    private static final Map<String, String> WORDS = Map.of(
            DayPlanConstraints.WITHIN_ARRIVAL_WINDOW, "cannot get there within its arrival window",
            DayPlanConstraints.WITHIN_WORKING_HOURS, "not working then",
            DayPlanConstraints.CLEAR_OF_TIME_OFF, "time off then",
            DayPlanConstraints.CONFIRMED_JOBS_STAY, "it would make a confirmed job late",
            DayPlanConstraints.ELIGIBLE_PROVIDER, "may not do this job",
            DayPlanConstraints.HOME_IN_TIME, "would not be home in time",
            DayPlanConstraints.WITHIN_CAPACITY, "cannot carry it");

    private PlanExplanations() {}

    /** For each provider the job may go to, in the plan's order, the rules its best place there would break. */
    public static Map<String, String> whyNotPlanned(DayPlan plan, Visit visit) {
        var why = new LinkedHashMap<String, String>();
        for (Route route : plan.providerRoutes()) {
            if (visit.mayBeDoneBy(route)) {
                why.put(route.providerId(), words(fewestBroken(route, visit)));
            }
        }
        return why;
    }

    private static Set<String> fewestBroken(Route route, Visit visit) {
        Set<String> fewest = null;
        for (int at = 0; at <= route.visits().size(); at++) {
            var trial = new ArrayList<>(route.visits());
            trial.add(at, visit);
            Set<String> broken = DayReplay.brokenRules(route, trial);
            if (fewest == null || broken.size() < fewest.size()) {
                fewest = broken;
            }
        }
        return fewest;
    }

    private static String words(Set<String> rules) {
        if (rules.isEmpty()) {
            return "it would fit, but only by leaving another booking unplanned";
        }
        return String.join("; ", rules.stream().map(WORDS::get).toList());
    }
}
