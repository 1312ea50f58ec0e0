package dev.tandem.platform.eventstore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * What an event processor tells Prometheus: how long its handlers take ({@code tandem_processor_handling_seconds}),
 * how many events it handled and how many failed ({@code tandem_processor_handled_total},
 * {@code tandem_processor_failures_total}: the sync's success rate), how long after its commit each event was
 * applied ({@code tandem_sync_applied_seconds}, a histogram for percentiles across instances) and how old the
 * event it handled last was ({@code tandem_processor_latency_seconds}), each tagged with the processor's name.
 *
 * <p>Axon's own monitors for processors build four timers with six percentiles for every event, the events a
 * processor skips included: a quarter of the CPU of a rebuild, measured with JFR. These meters are made once
 * per processor, and an event the processor skips costs nothing. The command and query buses keep Axon's.
 */
final class EventProcessorMetrics implements MessageMonitor<Message<?>> {

    private final Timer handling;
    private final Timer applied;
    private final Counter handled;
    private final Counter failures;
    private final AtomicLong latencyMillis = new AtomicLong();
    private final Clock clock;

    EventProcessorMetrics(String processor, MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.handling = Timer.builder("tandem.processor.handling")
                .description("Time the processor's handlers took for an event")
                .tag("processor", processor)
                .register(registry);
        this.applied = Timer.builder("tandem.sync.applied")
                .description("Time from an event's commit to its processor having applied it")
                .tag("processor", processor)
                .publishPercentileHistogram()
                .register(registry);
        this.handled = Counter.builder("tandem.processor.handled")
                .description("Events the processor's handlers handled")
                .tag("processor", processor)
                .register(registry);
        this.failures = Counter.builder("tandem.processor.failures")
                .description("Events the processor's handlers failed on")
                .tag("processor", processor)
                .register(registry);
        Gauge.builder("tandem.processor.latency", latencyMillis, millis -> millis.get() / 1000.0)
                .description("How long after it was stored the processor handled its latest event")
                .tag("processor", processor)
                .baseUnit("seconds")
                .register(registry);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        long started = System.nanoTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                handling.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                handled.increment();
                if (message instanceof EventMessage<?> event) {
                    long sinceCommit = clock.millis() - event.getTimestamp().toEpochMilli();
                    latencyMillis.set(sinceCommit);
                    applied.record(Math.max(sinceCommit, 0), TimeUnit.MILLISECONDS);
                }
            }

            @Override
            public void reportFailure(Throwable cause) {
                failures.increment();
            }

            @Override
            public void reportIgnored() {}
        };
    }
}
