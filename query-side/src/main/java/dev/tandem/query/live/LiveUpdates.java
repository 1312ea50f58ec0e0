package dev.tandem.query.live;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.ProviderId;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes each committed event to the clients connected to this instance that may see it: every admin of
 * its business, and the provider it concerns. Its processor starts at the head of the stream with an
 * in-memory token (see {@link LiveConfiguration}), so it is never replayed and nobody is told twice.
 */
@Component
@ProcessingGroup(LiveUpdates.PROCESSING_GROUP)
class LiveUpdates {

    static final String PROCESSING_GROUP = "live-updates";
    private static final String QUEUE = "/queue/events";
    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {};

    private final SimpMessagingTemplate messages;
    private final SimpUserRegistry users;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    LiveUpdates(SimpMessagingTemplate messages, SimpUserRegistry users, JsonMapper json, JdbcClient jdbc) {
        this.messages = messages;
        this.users = users;
        this.json = json;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (!(payload instanceof BusinessMessage scoped)) {
            return;
        }
        EventTypes.of(payload).ifPresent(type -> push(type, scoped, event));
    }

    private void push(String type, BusinessMessage payload, EventMessage<?> event) {
        var live = new LiveEvent(
                event.getIdentifier(),
                type,
                payload.businessId().toString(),
                event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null,
                event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null,
                event.getTimestamp(),
                json.convertValue(payload, AS_MAP));
        Optional<ProviderId> concerns = providerOf(payload);
        users.getUsers().stream()
                .map(user -> user.getPrincipal())
                .filter(LiveUser.class::isInstance)
                .map(LiveUser.class::cast)
                .filter(user -> user.maySee(payload.businessId(), concerns))
                .forEach(
                        user -> messages.convertAndSendToUser(user.getName(), QUEUE, live, Map.of("event-type", type)));
    }

    /** The provider an event is about: the one its payload names, if any. */
    private static Optional<ProviderId> providerOf(Object payload) {
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getType() == ProviderId.class && component.getName().equals("providerId")) {
                try {
                    return Optional.ofNullable(
                            (ProviderId) component.getAccessor().invoke(payload));
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
