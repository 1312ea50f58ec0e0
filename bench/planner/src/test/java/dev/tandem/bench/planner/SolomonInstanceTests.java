package dev.tandem.bench.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.query.planner.domain.DayPlan;
import dev.tandem.query.planner.solver.GreedyPlanner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reader takes a Solomon file as it is, and the checker measures routes with the instance's own figures. */
class SolomonInstanceTests {

    private static final SolomonInstance R101 = SolomonInstance.read(Path.of("solomon/R101.txt"));

    @Test
    void readsTheVehiclesTheDepotAndEveryCustomer() {
        assertThat(R101.name()).isEqualTo("R101");
        assertThat(R101.vehicles()).isEqualTo(25);
        assertThat(R101.capacity()).isEqualTo(200);
        assertThat(R101.depot()).isEqualTo(new SolomonInstance.Node(0, 35, 35, 0, 0, 230, 0));
        assertThat(R101.customers()).hasSize(100);
        assertThat(R101.customers().getFirst()).isEqualTo(new SolomonInstance.Node(1, 41, 49, 10, 161, 171, 10));
        assertThat(R101.customers().getLast().number()).isEqualTo(100);
    }

    @Test
    void theGreedyPlanServesEveryCustomerAndTheCheckerAgrees() {
        DayPlan plan = SolomonDay.of(R101);
        long travelSeconds = GreedyPlanner.plan(plan);

        SolomonRoutes routes = SolomonRoutes.of(R101, plan);
        assertThat(routes.problems()).isEmpty();
        assertThat(routes.served()).isEqualTo(100);
        // The planner's travel is rounded up to a thousandth of a unit per leg: never shorter, at most 0.2 longer.
        assertThat(travelSeconds / (double) SolomonDay.SECONDS_PER_UNIT)
                .isBetween(routes.distance(), routes.distance() + 0.2);
    }

    @Test
    void aRouteThatArrivesLateIsCaught() {
        DayPlan plan = SolomonDay.of(R101);
        // Customer 1 opens at 161, customer 2 is due by 60: in this order the second is served far too late.
        plan.providerRoutes().getFirst().visits().add(plan.visits().get(0));
        plan.providerRoutes().getFirst().visits().add(plan.visits().get(1));

        SolomonRoutes routes = SolomonRoutes.of(R101, plan);

        assertThat(routes.problems()).anyMatch(problem -> problem.startsWith("customer 2 served at"));
        assertThat(routes.problems()).contains("98 customers not served");
    }
}
