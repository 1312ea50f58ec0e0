package dev.tandem.query.planner.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.tandem.kernel.GeoPoint;
import dev.tandem.query.planner.domain.TravelMatrix;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** Travel times from the crow's flight, and from a routing service with OSRM's table API (a local stub here). */
class TravelTimesTests {

    private static final GeoPoint LOUVRE = new GeoPoint(48.8606, 2.3376);
    private static final GeoPoint HOTEL_DE_VILLE = new GeoPoint(48.8566, 2.3522);
    private static final GeoPoint LA_DEFENSE = new GeoPoint(48.8918, 2.2361);

    private final List<String> asked = new ArrayList<>();
    private HttpServer osrm;

    @AfterEach
    void stop() {
        if (osrm != null) {
            osrm.stop(0);
        }
    }

    @Test
    void theCrowFliesAtTheConfiguredSpeedAndAnUnknownPlaceIsReachedInNoTime() {
        TravelMatrix matrix = new GreatCircleTravel(30).between(Arrays.asList(LOUVRE, LA_DEFENSE, null));

        // About 8.1 km: 16 to 17 minutes at 30 km/h, the same both ways.
        assertThat(matrix.seconds(0, 1)).isBetween(16 * 60L, 17 * 60L).isEqualTo(matrix.seconds(1, 0));
        assertThat(matrix.seconds(0, 0)).isZero();
        assertThat(matrix.seconds(2, 0)).isZero();
        assertThat(matrix.seconds(1, 2)).isZero();
    }

    @Test
    void aRoutingServiceGivesTheDrivingTimesOfEveryPairInOneRequest() throws IOException {
        answer("""
                {"code": "Ok", "durations": [[0, 300.2, 1200], [310, 0, 1100.5], [1250, 1090, 0]]}""");
        var travel = new OsrmTravel(client(), new GreatCircleTravel(30));

        TravelMatrix matrix = travel.between(Arrays.asList(LOUVRE, HOTEL_DE_VILLE, null, LA_DEFENSE));

        assertThat(asked)
                .containsExactly("/table/v1/driving/2.337600,48.860600;2.352200,48.856600;2.236100,48.891800"
                        + "?annotations=duration");
        assertThat(matrix.seconds(0, 1)).isEqualTo(301);
        assertThat(matrix.seconds(1, 0)).isEqualTo(310);
        assertThat(matrix.seconds(1, 3)).isEqualTo(1101);
        assertThat(matrix.seconds(3, 0)).isEqualTo(1250);
        assertThat(matrix.seconds(2, 3)).as("a customer without coordinates").isZero();
    }

    @Test
    void aPairTheServiceCannotRouteFallsBackToTheCrowsFlight() throws IOException {
        answer("""
                {"code": "Ok", "durations": [[0, null], [400, 0]]}""");
        var travel = new OsrmTravel(client(), new GreatCircleTravel(30));

        TravelMatrix matrix = travel.between(List.of(LOUVRE, LA_DEFENSE));

        assertThat(matrix.seconds(0, 1)).isBetween(16 * 60L, 17 * 60L);
        assertThat(matrix.seconds(1, 0)).isEqualTo(400);
    }

    @Test
    void aServiceThatDoesNotAnswerATableIsAFailureNotAGuess() throws IOException {
        answer("""
                {"code": "InvalidQuery", "message": "Query string malformed"}""");
        var travel = new OsrmTravel(client(), new GreatCircleTravel(30));

        assertThatThrownBy(() -> travel.between(List.of(LOUVRE, LA_DEFENSE))).hasMessageContaining("InvalidQuery");
    }

    private void answer(String json) throws IOException {
        osrm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        osrm.createContext("/", exchange -> {
            asked.add(exchange.getRequestURI().toString());
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        osrm.start();
    }

    private RestClient client() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + osrm.getAddress().getPort())
                .build();
    }
}
