package dev.tandem.query.assignment;

import dev.tandem.query.planner.solver.DayPlanSolver;
import dev.tandem.query.planner.travel.GreatCircleTravel;
import dev.tandem.query.planner.travel.OsrmTravel;
import dev.tandem.query.planner.travel.TravelTimes;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The day planner's solver and its travel times: a routing service when one is set, the crow's flight if not. */
@Configuration(proxyBeanMethods = false)
class PlannerConfiguration {

    /** A routing service that has not answered by then is not waited for: the caller is told. */
    private static final Duration ROUTING_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    TravelTimes travelTimes(PlannerProperties planner, RankingProperties ranking, RestClient.Builder builder) {
        var crowFlies = new GreatCircleTravel(ranking.travelSpeedKmh());
        if (planner.osrmUrl() == null) {
            return crowFlies;
        }
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(ROUTING_TIMEOUT);
        requests.setReadTimeout(ROUTING_TIMEOUT);
        RestClient http = builder.clone()
                .baseUrl(planner.osrmUrl().toString())
                .requestFactory(requests)
                .build();
        return new OsrmTravel(http, crowFlies);
    }

    @Bean
    DayPlanSolver dayPlanSolver() {
        return new DayPlanSolver();
    }
}
