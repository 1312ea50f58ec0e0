package dev.tandem.platform.faults;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which processors are handling their events one by one, each event's writes sent at once and undone alone
 * when they fail, because a batch of theirs failed as a whole: the next attempt finds the event at fault
 * and parks it. A processor leaves this mode when a batch commits.
 */
public final class ProcessorFaults {

    private final Set<String> isolating = ConcurrentHashMap.newKeySet();
    private final JdbcTemplate jdbc;

    ProcessorFaults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What a processor built by hand (a rebuild's pass) registers to handle its events one by one while it
     * isolates; configured processors have it already.
     */
    public MessageHandlerInterceptor<EventMessage<?>> oneByOne(String processor) {
        return new OneByOne(processor, this, jdbc);
    }

    /** From the next attempt on, the processor handles its events one by one. */
    public void isolate(String processor) {
        isolating.add(processor);
    }

    public boolean isIsolating(String processor) {
        return isolating.contains(processor);
    }

    /** A batch committed: back to batches whose writes wait for the commit. */
    void recovered(String processor) {
        isolating.remove(processor);
    }
}
