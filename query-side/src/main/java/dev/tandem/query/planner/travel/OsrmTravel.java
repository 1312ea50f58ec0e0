package dev.tandem.query.planner.travel;

import dev.tandem.kernel.GeoPoint;
import dev.tandem.query.planner.domain.TravelMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Driving times from a routing service that speaks OSRM's {@code table} API ({@code tandem.planner.osrm-url}):
 * one request for the whole day's places. Places without coordinates are reached in no time, and a pair the
 * service cannot route falls back to the crow's flight at the configured speed.
 */
public final class OsrmTravel implements TravelTimes {

    private final RestClient http;
    private final GreatCircleTravel fallback;

    public OsrmTravel(RestClient http, GreatCircleTravel fallback) {
        this.http = http;
        this.fallback = fallback;
    }

    @Override
    public TravelMatrix between(List<GeoPoint> places) {
        var known = new ArrayList<Integer>();
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i) != null) {
                known.add(i);
            }
        }
        TravelMatrix estimate = fallback.between(places);
        long[][] seconds = new long[places.size()][places.size()];
        for (int from = 0; from < places.size(); from++) {
            for (int to = 0; to < places.size(); to++) {
                seconds[from][to] = estimate.seconds(from, to);
            }
        }
        if (known.size() < 2) {
            return new TravelMatrix(seconds);
        }
        String coordinates = known.stream()
                .map(i -> String.format(
                        Locale.ROOT,
                        "%.6f,%.6f",
                        places.get(i).lng(),
                        places.get(i).lat()))
                .collect(Collectors.joining(";"));
        JsonNode table = http.get()
                // In the template itself, not as a variable: a variable's "," and ";" would be percent-encoded.
                .uri("/table/v1/driving/" + coordinates + "?annotations=duration")
                .retrieve()
                .body(JsonNode.class);
        if (table == null || !"Ok".equals(table.path("code").asString(""))) {
            throw new IllegalStateException("the routing service did not answer a table: "
                    + (table == null ? "no body" : table.path("code").asString("no code")));
        }
        JsonNode durations = table.get("durations");
        for (int a = 0; a < known.size(); a++) {
            for (int b = 0; b < known.size(); b++) {
                JsonNode duration = durations.get(a).get(b);
                if (duration != null && duration.isNumber()) {
                    seconds[known.get(a)][known.get(b)] = (long) Math.ceil(duration.asDouble());
                }
            }
        }
        return new TravelMatrix(seconds);
    }
}
