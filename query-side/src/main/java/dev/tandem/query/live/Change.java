package dev.tandem.query.live;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.ProviderId;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

/** One committed event on its way to the live subscribers, with its live type and place in the stream. */
record Change(String type, BusinessMessage payload, EventMessage<?> message, TrackingToken token) {

    String aggregateId() {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    Long sequence() {
        return message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
    }

    long position() {
        return token.position().orElse(-1);
    }

    LiveEvent liveEvent(Map<String, Object> data) {
        return new LiveEvent(
                message.getIdentifier(),
                type,
                payload.businessId().toString(),
                aggregateId(),
                sequence(),
                message.getTimestamp(),
                data);
    }

    /** Every provider the event names: the one it is about, and the one a booking was taken from. */
    Set<ProviderId> providersNamed() {
        return components()
                .filter(component -> component.getType() == ProviderId.class)
                .map(component -> valueOf(component, ProviderId.class))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    <T> Optional<T> component(String name, Class<T> type) {
        return components()
                .filter(component -> component.getName().equals(name) && component.getType() == type)
                .findFirst()
                .flatMap(component -> valueOf(component, type));
    }

    private Stream<RecordComponent> components() {
        RecordComponent[] components = payload.getClass().getRecordComponents();
        return components == null ? Stream.empty() : Arrays.stream(components);
    }

    private <T> Optional<T> valueOf(RecordComponent component, Class<T> type) {
        try {
            return Optional.ofNullable(type.cast(component.getAccessor().invoke(payload)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + type.getSimpleName(), e);
        }
    }
}
