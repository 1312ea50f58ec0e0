package dev.tandem.query.assignment;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The day planner's settings (docs/planner.md).
 *
 * @param osrmUrl a routing service with OSRM's table API for driving times; unset, travel is the great-circle
 *     distance at {@code tandem.assignment.travel-speed-kmh}
 * @param maxTimeLimitSeconds the longest a caller may let one plan be worked on
 * @param unimprovedSeconds a plan that has not improved for this long is answered before the time limit
 */
@ConfigurationProperties("tandem.planner")
record PlannerProperties(
        URI osrmUrl,
        @DefaultValue("60") int maxTimeLimitSeconds,
        @DefaultValue("3") int unimprovedSeconds) {

    PlannerProperties {
        if (maxTimeLimitSeconds < 1 || unimprovedSeconds < 1) {
            throw new IllegalArgumentException(
                    "tandem.planner.max-time-limit-seconds and unimproved-seconds are at least 1");
        }
    }
}
