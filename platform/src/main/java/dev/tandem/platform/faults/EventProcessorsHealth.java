package dev.tandem.platform.faults;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * DOWN while an event processor has kept failing for longer than {@code stuckAfter}: its views fall behind and
 * its writes' answers wait, so a load balancer should send the traffic elsewhere. A failure that handling its
 * batch event by event resolves (a second or two) does not count; nor does a processor stopped on purpose,
 * for a rebuild. The same count is the metric {@code tandem_event_processors_stuck}.
 */
final class EventProcessorsHealth implements HealthIndicator {

    private final Configuration axon;
    private final Duration stuckAfter;
    private final Map<String, Long> failingSince = new ConcurrentHashMap<>();

    EventProcessorsHealth(Configuration axon, Duration stuckAfter, MeterRegistry meters) {
        this.axon = axon;
        this.stuckAfter = stuckAfter;
        Gauge.builder(
                        "tandem.event_processors.stuck",
                        this,
                        health -> health.stuck().size())
                .description("Event processors failing for longer than tandem.dead-letters.stuck-after")
                .register(meters);
    }

    @Override
    public Health health() {
        Map<String, Duration> stuck = stuck();
        var health = stuck.isEmpty() ? Health.up() : Health.down();
        stuck.forEach((name, failing) -> health.withDetail(name, "failing for " + failing.toSeconds() + " s"));
        return health.build();
    }

    /** The processors failing for longer than {@code stuckAfter}, and for how long. */
    Map<String, Duration> stuck() {
        var stuck = new TreeMap<String, Duration>();
        long now = System.nanoTime();
        axon.eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && isFailing(streaming)) {
                var failing = Duration.ofNanos(now - failingSince.computeIfAbsent(name, first -> now));
                if (failing.compareTo(stuckAfter) >= 0) {
                    stuck.put(name, failing);
                }
            } else {
                failingSince.remove(name);
            }
        });
        return stuck;
    }

    private static boolean isFailing(StreamingEventProcessor processor) {
        return processor.isError()
                || processor.processingStatus().values().stream().anyMatch(status -> status.isErrorState());
    }
}
