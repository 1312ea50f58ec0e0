package dev.tandem.query.replay;

import static dev.tandem.query.replay.ReplayProgress.State.DONE;
import static dev.tandem.query.replay.ReplayProgress.State.FAILED;
import static dev.tandem.query.replay.ReplayProgress.State.RUNNING;

import dev.tandem.api.errors.ConflictException;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.query.replay.ReplayProgress.State;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds projections for the operator, one rebuild at a time, while the application keeps serving, and
 * follows each until its projections have caught up with the stream. Progress is in the answers and in the
 * metrics {@code tandem.replay.events.done}, {@code .target} and {@code .rate} (events/s); not "total",
 * which Prometheus keeps for counters.
 */
@Component
public class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final ProjectionRebuild rebuild;
    private final Clock clock;
    private final Map<String, ReplayProgress> replays = new ConcurrentHashMap<>();
    private final AtomicReference<ReplayProgress> latest = new AtomicReference<>();

    Replays(ProjectionRebuild rebuild, Clock clock, MeterRegistry meters) {
        this.rebuild = rebuild;
        this.clock = clock;
        Gauge.builder(
                        "tandem.replay.events.done",
                        () -> current().map(ReplayProgress::eventsDone).orElse(0L))
                .description("Events the running or latest rebuild has replayed")
                .register(meters);
        Gauge.builder(
                        "tandem.replay.events.target",
                        () -> current().map(ReplayProgress::eventsTotal).orElse(0L))
                .description("Events the running or latest rebuild has to replay")
                .register(meters);
        Gauge.builder(
                        "tandem.replay.events.rate",
                        () -> current().map(ReplayProgress::eventsPerSecond).orElse(0.0))
                .description("Events per second of the running or latest rebuild")
                .register(meters);
    }

    public List<String> projections() {
        return rebuild.projections();
    }

    /**
     * Starts rebuilding the named projection, with those sharing its processor (all of them today), or all of
     * them when none is named.
     */
    public synchronized ReplayProgress start(Optional<String> projection) {
        if (current().filter(progress -> progress.state() == RUNNING).isPresent()) {
            throw new ConflictException(
                    "A rebuild is running already: " + latest.get().id());
        }
        List<String> projections =
                projection.map(this::known).map(rebuild::rebuiltWith).orElseGet(rebuild::projections);
        var started = new ReplayProgress(
                UUID.randomUUID().toString(),
                projections,
                RUNNING,
                0,
                Math.max(0, rebuild.head()),
                0,
                clock.instant(),
                null);
        record(started);
        Thread.ofVirtual().name("replay-" + started.id()).start(() -> run(started));
        return started;
    }

    public ReplayProgress progress(String id) {
        return Optional.ofNullable(replays.get(id)).orElseThrow(() -> new NotFoundException("No such rebuild."));
    }

    private String known(String projection) {
        if (!rebuild.projections().contains(projection)) {
            throw new NotFoundException("No projection named " + projection + ".");
        }
        return projection;
    }

    private void run(ReplayProgress progress) {
        try {
            rebuild.rebuild(progress.projections(), position -> record(measure(progress, RUNNING, position, null)));
            while (!progress.projections().stream().allMatch(rebuild::isCaughtUp)) {
                Thread.sleep(POLL);
            }
            record(measure(progress, DONE, progress.eventsTotal(), clock.instant()));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            record(measure(progress, FAILED, latest.get().eventsDone(), clock.instant()));
        } catch (RuntimeException failure) {
            log.error("Rebuild {} failed", progress.id(), failure);
            record(measure(progress, FAILED, latest.get().eventsDone(), clock.instant()));
        }
    }

    /** The progress at {@code position} in the stream, counted up to the head the rebuild started from. */
    private ReplayProgress measure(ReplayProgress progress, State state, long position, Instant finishedAt) {
        long done = Math.clamp(position, 0, progress.eventsTotal());
        Instant now = finishedAt == null ? clock.instant() : finishedAt;
        double seconds =
                Math.max(0.001, Duration.between(progress.startedAt(), now).toNanos() / 1e9);
        return new ReplayProgress(
                progress.id(),
                progress.projections(),
                state,
                done,
                progress.eventsTotal(),
                done / seconds,
                progress.startedAt(),
                finishedAt);
    }

    private void record(ReplayProgress progress) {
        replays.put(progress.id(), progress);
        latest.set(progress);
    }

    private Optional<ReplayProgress> current() {
        return Optional.ofNullable(latest.get());
    }
}
