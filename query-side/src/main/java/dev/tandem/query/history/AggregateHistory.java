package dev.tandem.query.history;

import dev.tandem.api.BusinessMessage;
import dev.tandem.api.MetadataKeys;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.history.FindHistoryQuery;
import dev.tandem.api.history.HistoryEntry;
import dev.tandem.api.history.HistorySubject;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.kernel.ProviderId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers {@link FindHistoryQuery} from the event store itself: nothing in a history is derived from a
 * projection, so it stays a faithful audit even if a read model is wrong.
 */
@Component
class AggregateHistory {

    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {};

    private final EventStore eventStore;
    private final JsonMapper jsonMapper;

    AggregateHistory(EventStore eventStore, JsonMapper jsonMapper) {
        this.eventStore = eventStore;
        this.jsonMapper = jsonMapper;
    }

    @QueryHandler
    List<HistoryEntry> handle(FindHistoryQuery query) {
        // From sequence 0, never from a snapshot: the history is every event.
        List<? extends DomainEventMessage<?>> events = eventStore
                .readEvents(query.aggregateId().toString(), 0)
                .asStream()
                .toList();
        if (events.isEmpty()
                || !isA(query.subject(), events.getFirst())
                || !belongsTo(query, events.getFirst())
                || !visibleTo(query.onlyForProvider(), events)) {
            throw new NotFoundException("Not found.");
        }
        return events.stream().map(this::entryOf).toList();
    }

    private static boolean isA(HistorySubject subject, DomainEventMessage<?> first) {
        return switch (subject) {
            case BOOKING -> first.getPayload() instanceof BookingCreated;
            case PROVIDER -> first.getPayload() instanceof ProviderRegistered;
        };
    }

    private static boolean belongsTo(FindHistoryQuery query, DomainEventMessage<?> first) {
        return first.getPayload() instanceof BusinessMessage scoped
                && scoped.businessId().equals(query.businessId());
    }

    /** A provider sees the history of the bookings currently assigned to it, and no others. */
    private static boolean visibleTo(ProviderId provider, List<? extends DomainEventMessage<?>> events) {
        if (provider == null) {
            return true;
        }
        ProviderId assigned = null;
        for (DomainEventMessage<?> event : events) {
            if (event.getPayload() instanceof BookingAssigned assignment) {
                assigned = assignment.providerId();
            } else if (event.getPayload() instanceof BookingUnassigned) {
                assigned = null;
            }
        }
        return provider.equals(assigned);
    }

    private HistoryEntry entryOf(DomainEventMessage<?> event) {
        Object userId = event.getMetaData().get(MetadataKeys.USER_ID);
        Object role = event.getMetaData().get(MetadataKeys.ROLE);
        return new HistoryEntry(
                event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(),
                event.getTimestamp(),
                new HistoryEntry.Actor(userId == null ? null : userId.toString(), Objects.toString(role, "SYSTEM")),
                jsonMapper.convertValue(event.getPayload(), AS_MAP));
    }
}
