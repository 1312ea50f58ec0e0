package dev.tandem.platform.tenancy;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Enters the tenant of each event or query before its handler runs, inside the handler's transaction. A
 * projector therefore writes only where row-level security lets that event's business write.
 */
public class TenantHandlerInterceptor implements MessageHandlerInterceptor<Message<?>> {

    private final TenantScope tenantScope;
    private final Runnable afterHandling;

    /**
     * @param afterHandling runs once the handler is done, still in the message's tenant: a processor handling
     *     a batch of events flushes each one's writes here, before the next event enters another tenant
     */
    public TenantHandlerInterceptor(TenantScope tenantScope, Runnable afterHandling) {
        this.tenantScope = tenantScope;
        this.afterHandling = afterHandling;
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Tenants.businessIdOf(unitOfWork.getMessage()).ifPresent(tenantScope::enter);
        Object result = chain.proceed();
        afterHandling.run();
        return result;
    }
}
