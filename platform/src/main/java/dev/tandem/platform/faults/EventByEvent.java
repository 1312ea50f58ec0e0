package dev.tandem.platform.faults;

import dev.tandem.platform.database.DeferredWrites;
import java.sql.Savepoint;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * While a processor isolates ({@link OneByOne}), each event handler of a processing group sends its writes
 * before it returns, after a savepoint; when it fails, its event's writes for that group are undone and the
 * failure reaches the dead-letter queue with the transaction still usable. Otherwise it changes nothing:
 * the writes wait for the commit, batched.
 */
final class EventByEvent implements HandlerEnhancerDefinition {

    private final DeferredWrites writes;
    private final Map<Class<?>, Optional<String>> groups = new ConcurrentHashMap<>();

    EventByEvent(DeferredWrites writes) {
        this.writes = writes;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        Optional<String> group = groups.computeIfAbsent(original.declaringClass(), EventByEvent::processingGroupOf);
        if (group.isEmpty() || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                EventSavepoints savepoints = CurrentUnitOfWork.map(
                                unitOfWork -> unitOfWork.<EventSavepoints>getResource(EventSavepoints.RESOURCE))
                        .orElse(null);
                return savepoints == null
                        ? super.handle(message, target)
                        : handleAlone(
                                message, target, savepoints.before(message.getIdentifier(), group.get()), savepoints);
            }

            private Object handleAlone(Message<?> message, T target, Savepoint savepoint, EventSavepoints savepoints)
                    throws Exception {
                try {
                    Object result = super.handle(message, target);
                    writes.flush();
                    return result;
                } catch (Exception | Error failure) {
                    writes.discard();
                    savepoints.rollBackTo(savepoint);
                    throw failure;
                }
            }
        };
    }

    /** Projections and policies name their group; aggregates and sagas do not, and are left alone. */
    private static Optional<String> processingGroupOf(Class<?> type) {
        return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(type, ProcessingGroup.class))
                .map(ProcessingGroup::value);
    }
}
