package dev.tandem.standalone.replay;

import static org.awaitility.Awaitility.await;

import dev.tandem.standalone.support.Api;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Follows an operator's rebuild to its end. */
public final class Rebuilds {

    private Rebuilds() {}

    /** Waits until the rebuild at that location is no longer running; answers its last progress. */
    public static JsonNode awaitFinished(Api api, String location) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !progress(api, location).get("state").asString().equals("RUNNING"));
        return progress(api, location);
    }

    private static JsonNode progress(Api api, String location) {
        return api.get(location).asOperator().send().body();
    }
}
