package dev.tandem.platform.tenancy;

import dev.tandem.api.MetadataKeys;
import dev.tandem.platform.security.Caller;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Records who sent a message (user and role) in its metadata, so every stored event says who caused it.
 * Messages sent outside a request (sagas, policies) keep the actor they inherited, or none.
 */
public class ActorDispatchInterceptor implements MessageDispatchInterceptor<Message<?>> {

    @Override
    public BiFunction<Integer, Message<?>, Message<?>> handle(List<? extends Message<?>> messages) {
        return (index, message) -> Caller.current()
                .<Message<?>>map(caller -> message.andMetaData(Map.of(
                        MetadataKeys.USER_ID, caller.userId().toString(),
                        MetadataKeys.ROLE, caller.role().name())))
                .orElse(message);
    }
}
