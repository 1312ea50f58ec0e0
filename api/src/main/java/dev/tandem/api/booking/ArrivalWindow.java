package dev.tandem.api.booking;

import dev.tandem.api.Instants;
import java.time.Instant;

/**
 * When a customer accepts the provider's arrival: any start from {@code start} to {@code end}, both included. A
 * booking's start lies inside its window, and the day planner may move it there; without a window it is fixed.
 */
public record ArrivalWindow(Instant start, Instant end) {

    public ArrivalWindow {
        start = Instants.millis(start);
        end = Instants.millis(end);
    }

    /** Where a window may be absent (a read model's columns): its start, or null. */
    public static Instant startOf(ArrivalWindow window) {
        return window == null ? null : window.start();
    }

    /** Where a window may be absent: its end, or null. */
    public static Instant endOf(ArrivalWindow window) {
        return window == null ? null : window.end();
    }

    public boolean admits(Instant scheduledStart) {
        return !scheduledStart.isBefore(start) && !scheduledStart.isAfter(end);
    }
}
