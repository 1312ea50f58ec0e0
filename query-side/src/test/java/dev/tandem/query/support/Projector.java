package dev.tandem.query.support;

import dev.tandem.platform.tenancy.TenantHandlerInterceptor;
import dev.tandem.platform.tenancy.TenantScope;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

/**
 * Hands events to one projection as the projections' processor does: a batch in one unit of work with one
 * transaction, each event in its business's tenant (the processor's {@link TenantHandlerInterceptor}), its
 * handler's parameters resolved by Axon. The projection's deferred writes are sent when the transaction commits,
 * and a write the database refuses fails the call.
 */
public class Projector {

    private final TransactionManager transactions;
    private final TenantHandlerInterceptor tenantPerEvent;
    private final Map<Object, AnnotationEventHandlerAdapter> handlers = new ConcurrentHashMap<>();

    Projector(TransactionManager transactions, TenantScope tenantScope) {
        this.transactions = transactions;
        this.tenantPerEvent = new TenantHandlerInterceptor(tenantScope);
    }

    /** One batch: payloads are wrapped by {@link Stored#event}, {@link Stored} events are taken as they are. */
    public void handle(Object projection, Object... events) {
        List<EventMessage<?>> batch = Arrays.stream(events)
                .map(event -> event instanceof Stored stored ? stored : Stored.event(event))
                .<EventMessage<?>>map(Stored::message)
                .toList();
        AnnotationEventHandlerAdapter adapter = handlersOf(projection);
        var unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(transactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(
                () -> new DefaultInterceptorChain<>(
                                unitOfWork, List.of(tenantPerEvent), message -> handled(adapter, message))
                        .proceed(),
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("The batch failed", result.exceptionResult());
        }
    }

    /** What a rebuild does first: the projection's {@code @ResetHandler}, in a transaction of its own. */
    public void reset(Object projection) {
        transactions.executeInTransaction(() -> handlersOf(projection).prepareReset());
    }

    /** An event the projection has no handler for, or whose parameters it cannot resolve, is a mistake of the test. */
    private static Object handled(AnnotationEventHandlerAdapter adapter, EventMessage<?> message) throws Exception {
        if (!adapter.canHandle(message)) {
            throw new IllegalArgumentException(adapter.getTargetType().getSimpleName() + " does not handle "
                    + message.getPayloadType().getSimpleName());
        }
        return adapter.handle(message);
    }

    private AnnotationEventHandlerAdapter handlersOf(Object projection) {
        return handlers.computeIfAbsent(projection, AnnotationEventHandlerAdapter::new);
    }
}
