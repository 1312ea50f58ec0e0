package dev.tandem.bench.planner;

import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.domain.Route;
import dev.tandem.query.planner.domain.Span;
import dev.tandem.query.planner.domain.TravelMatrix;
import dev.tandem.query.planner.domain.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A Solomon instance as a day for the planner: the depot is every provider's home, each customer a booking whose
 * arrival window is its ready-to-due time and whose length is its service time, and travel is the Euclidean
 * distance. One unit of the instance is {@link #SECONDS_PER_UNIT} seconds of the day, so travel rounded up to
 * whole seconds is within a thousandth of a unit of the exact figure (and never shorter).
 */
final class SolomonDay {

    static final long SECONDS_PER_UNIT = 1000;
    private static final long ALL_DAY = Long.MAX_VALUE / 4;

    private SolomonDay() {}

    static DayPlan of(SolomonInstance instance) {
        List<SolomonInstance.Node> nodes = instance.nodes();
        long[][] seconds = new long[nodes.size()][nodes.size()];
        for (int from = 0; from < nodes.size(); from++) {
            for (int to = 0; to < nodes.size(); to++) {
                seconds[from][to] = (long) Math.ceil(nodes.get(from).distanceTo(nodes.get(to)) * SECONDS_PER_UNIT);
            }
        }
        var travel = new TravelMatrix(seconds);
        SolomonInstance.Node depot = instance.depot();
        var routes = new ArrayList<Route>();
        for (int vehicle = 1; vehicle <= instance.vehicles(); vehicle++) {
            routes.add(new Route(
                    "vehicle-" + vehicle,
                    "Vehicle " + vehicle,
                    0,
                    travel,
                    depot.ready() * SECONDS_PER_UNIT,
                    depot.due() * SECONDS_PER_UNIT,
                    List.of(new Span(0, ALL_DAY)),
                    List.of(),
                    instance.capacity(),
                    0));
        }
        Set<String> everyVehicle = routes.stream().map(Route::providerId).collect(Collectors.toSet());
        List<Visit> visits = IntStream.range(1, nodes.size())
                .mapToObj(index -> {
                    SolomonInstance.Node customer = nodes.get(index);
                    return new Visit(
                            Integer.toString(customer.number()),
                            index,
                            travel,
                            customer.ready() * SECONDS_PER_UNIT,
                            customer.due() * SECONDS_PER_UNIT,
                            customer.service() * SECONDS_PER_UNIT,
                            customer.demand(),
                            everyVehicle);
                })
                .toList();
        return new DayPlan(routes, new ArrayList<>(visits));
    }
}
