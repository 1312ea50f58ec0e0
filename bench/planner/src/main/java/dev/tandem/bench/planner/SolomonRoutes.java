package dev.tandem.bench.planner;

import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Visit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A plan's routes measured and checked again with the instance's own exact figures (Euclidean distance in double
 * precision), independently of the planner: every customer served once, every service started by its due time,
 * every vehicle within capacity and back at the depot before it closes.
 *
 * @param problems what breaks a rule, in words; empty for a feasible plan
 */
record SolomonRoutes(double distance, int vehicles, int served, List<String> problems) {

    private static final double TOLERANCE = 1e-6;

    boolean feasible() {
        return problems.isEmpty();
    }

    static SolomonRoutes of(SolomonInstance instance, DayPlan plan) {
        var problems = new ArrayList<String>();
        var seen = new HashSet<Integer>();
        double distance = 0;
        int vehicles = 0;
        SolomonInstance.Node depot = instance.depot();
        for (Route route : plan.providerRoutes()) {
            if (route.visits().isEmpty()) {
                continue;
            }
            vehicles++;
            SolomonInstance.Node at = depot;
            double time = depot.ready();
            int load = 0;
            for (Visit visit : route.visits()) {
                SolomonInstance.Node customer = instance.nodes().get(visit.place());
                if (!seen.add(customer.number())) {
                    problems.add("customer " + customer.number() + " served twice");
                }
                distance += at.distanceTo(customer);
                time = Math.max(time + at.distanceTo(customer), customer.ready());
                if (time > customer.due() + TOLERANCE) {
                    problems.add("customer " + customer.number() + " served at " + time + ", due " + customer.due());
                }
                time += customer.service();
                load += customer.demand();
                at = customer;
            }
            distance += at.distanceTo(depot);
            if (time + at.distanceTo(depot) > depot.due() + TOLERANCE) {
                problems.add(route.providerId() + " back at the depot after it closes");
            }
            if (load > instance.capacity()) {
                problems.add(route.providerId() + " carries " + load + " of " + instance.capacity());
            }
        }
        if (seen.size() < instance.customers().size()) {
            problems.add((instance.customers().size() - seen.size()) + " customers not served");
        }
        return new SolomonRoutes(distance, vehicles, seen.size(), problems);
    }
}
