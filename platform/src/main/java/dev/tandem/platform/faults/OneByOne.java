package dev.tandem.platform.faults;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Marks the unit of work of a processor that {@link ProcessorFaults#isIsolating isolates}, or of a dead
 * letter handled again, so that its
 * projections' handlers each get a savepoint and send their writes at once ({@link EventByEvent}); once the
 * unit of work commits, the processor is back to ordinary batches.
 */
final class OneByOne implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String processor;
    private final ProcessorFaults faults;
    private final JdbcTemplate jdbc;

    OneByOne(String processor, ProcessorFaults faults, JdbcTemplate jdbc) {
        this.processor = processor;
        this.faults = faults;
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (isRetryOfADeadLetter(unitOfWork)) {
            unitOfWork.resources().putIfAbsent(EventSavepoints.RESOURCE, new EventSavepoints(jdbc));
        } else if (faults.isIsolating(processor)
                && unitOfWork.resources().putIfAbsent(EventSavepoints.RESOURCE, new EventSavepoints(jdbc)) == null) {
            unitOfWork.afterCommit(committed -> faults.recovered(processor));
        }
        return chain.proceed();
    }

    /** A dead letter handled again is always handled alone: its failure must be seen as its own. */
    private static boolean isRetryOfADeadLetter(UnitOfWork<?> unitOfWork) {
        return unitOfWork.resources().containsKey(DeadLetter.class.getName());
    }
}
