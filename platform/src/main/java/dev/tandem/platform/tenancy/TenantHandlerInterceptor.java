package dev.tandem.platform.tenancy;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Enters the tenant of each event or query before its handler runs, inside the handler's transaction. A
 * projector therefore writes only where row-level security lets that event's business write; when a batch
 * of events moves on to another business, {@link TenantScope} first writes what the previous one left.
 */
public class TenantHandlerInterceptor implements MessageHandlerInterceptor<Message<?>> {

    private final TenantScope tenantScope;

    public TenantHandlerInterceptor(TenantScope tenantScope) {
        this.tenantScope = tenantScope;
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Tenants.businessIdOf(unitOfWork.getMessage()).ifPresent(tenantScope::enter);
        return chain.proceed();
    }
}
