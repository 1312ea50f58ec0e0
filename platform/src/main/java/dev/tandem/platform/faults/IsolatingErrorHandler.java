package dev.tandem.platform.faults;

import java.util.function.Predicate;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch that failed is tried again, as Axon's processors do, but event by event when the processor parks
 * failures: a write of one event can fail only when the transaction sends it, at the commit, where no
 * dead-letter queue sees which event it was. Other processors retry the batch as it was.
 */
final class IsolatingErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(IsolatingErrorHandler.class);

    private final ProcessorFaults faults;
    private final Predicate<String> parksFailures;

    IsolatingErrorHandler(ProcessorFaults faults, Predicate<String> parksFailures) {
        this.faults = faults;
        this.parksFailures = parksFailures;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        String processor = context.eventProcessor();
        if (parksFailures.test(processor) && !faults.isIsolating(processor)) {
            log.warn(
                    "{} could not handle a batch of {} events ({}); trying them again one by one",
                    processor,
                    context.failedEvents().size(),
                    context.error().toString());
            faults.isolate(processor);
        }
        PropagatingErrorHandler.instance().handleError(context);
    }
}
