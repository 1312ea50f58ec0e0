package dev.tandem.platform.consistency;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.springframework.stereotype.Component;

/**
 * Wakes the threads waiting for the event processors when a processor moves past the position they wait
 * for, so that hundreds of writes waiting at once cost nothing until their events are handled. Before, each
 * of them looked at every processor every millisecond, and under overload that polling took the CPU the
 * processors needed: the throughput fell to a fifth (docs/scaling.md).
 *
 * <p>Tracking processors report every move ({@link #validatePositions()}); a processor that reports nothing
 * (pooled processors, with Axon Server) is still seen, by each waiter looking again every {@link
 * #RECHECK_NANOS}.
 */
@Component
public class ProcessorProgress implements EventTrackerStatusChangeListener {

    static final long RECHECK_NANOS = 10_000_000;

    private record Waiter(long position, long ticket, Thread thread) implements Comparable<Waiter> {
        @Override
        public int compareTo(Waiter other) {
            int byPosition = Long.compare(position, other.position);
            return byPosition != 0 ? byPosition : Long.compare(ticket, other.ticket);
        }
    }

    private final ConcurrentSkipListSet<Waiter> waiting = new ConcurrentSkipListSet<>();
    private final AtomicLong tickets = new AtomicLong();

    /**
     * Registers the calling thread as waiting for {@code position}, then parks it until a processor passes the
     * position, {@code nanos} have passed or {@link #RECHECK_NANOS} have, whichever comes first. The caller
     * checks its condition after {@link #expect} and before {@link #park}, so a move in between is not lost.
     */
    Waiter expect(long position) {
        var waiter = new Waiter(position, tickets.incrementAndGet(), Thread.currentThread());
        waiting.add(waiter);
        return waiter;
    }

    void park(Waiter waiter, long nanos) {
        LockSupport.parkNanos(this, Math.min(nanos, RECHECK_NANOS));
        waiting.remove(waiter);
    }

    void cancel(Waiter waiter) {
        waiting.remove(waiter);
    }

    @Override
    public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> updated) {
        long reached = updated.values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(-1))
                .max()
                .orElse(-1);
        for (Waiter waiter : waiting.headSet(new Waiter(reached, Long.MAX_VALUE, null), true)) {
            if (waiting.remove(waiter)) {
                LockSupport.unpark(waiter.thread());
            }
        }
    }

    @Override
    public boolean validatePositions() {
        return true;
    }
}
