package dev.tandem.platform.tenancy;

import dev.tandem.api.MetadataKeys;
import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Copies a message's business into its metadata as it is sent, and refuses a message whose payload names
 * another business than the metadata it inherited: a handler working for one business cannot send a
 * command or query into another.
 */
public class TenantDispatchInterceptor implements MessageDispatchInterceptor<Message<?>> {

    @Override
    public BiFunction<Integer, Message<?>, Message<?>> handle(List<? extends Message<?>> messages) {
        return (index, message) -> Tenants.businessIdOf(message)
                .<Message<?>>map(businessId -> withBusiness(message, businessId))
                .orElse(message);
    }

    private static Message<?> withBusiness(Message<?> message, String businessId) {
        Object inherited = message.getMetaData().get(MetadataKeys.BUSINESS_ID);
        if (inherited != null && !inherited.toString().equals(businessId)) {
            throw new IllegalStateException("A message of business " + inherited + " cannot be sent to business "
                    + businessId + " (" + message.getPayloadType().getSimpleName() + ")");
        }
        return message.andMetaData(java.util.Map.of(MetadataKeys.BUSINESS_ID, businessId));
    }
}
