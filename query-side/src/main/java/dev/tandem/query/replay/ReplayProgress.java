package dev.tandem.query.replay;

import dev.tandem.api.Instants;
import java.time.Instant;
import java.util.List;

/**
 * How a rebuild is going. Events are counted as positions in the event stream: {@code eventsTotal} is the
 * stream's head when the rebuild started, {@code eventsDone} how far its slowest projection has come.
 */
public record ReplayProgress(
        String id,
        List<String> projections,
        State state,
        long eventsDone,
        long eventsTotal,
        double eventsPerSecond,
        Instant startedAt,
        Instant finishedAt) {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    public ReplayProgress {
        startedAt = Instants.millis(startedAt);
        finishedAt = Instants.millis(finishedAt);
    }
}
