package dev.tandem.query.history;

import dev.tandem.api.BusinessMessage;
import dev.tandem.api.MetadataKeys;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.history.FindHistoryQuery;
import dev.tandem.api.history.HistoryEntry;
import dev.tandem.api.history.HistorySlice;
import dev.tandem.api.history.HistorySubject;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.kernel.ProviderId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
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

    /**
     * Reads one more event than asked for, to know whether more follow; the stream is read lazily, so a long
     * history costs only the part that is answered.
     */
    @QueryHandler
    HistorySlice handle(FindHistoryQuery query) {
        checkVisible(query);
        // Read from the event store, never from a snapshot: the history is every event.
        List<? extends DomainEventMessage<?>> events = eventStore
                .readEvents(query.aggregateId().toString(), query.fromSequence())
                .asStream()
                .limit(query.limit() + 1L)
                .toList();
        List<? extends DomainEventMessage<?>> shown = events.subList(0, Math.min(query.limit(), events.size()));
        Long next = events.size() > query.limit() ? events.getLast().getSequenceNumber() : null;
        return new HistorySlice(shown.stream().map(this::entryOf).toList(), next);
    }

    /** The same answer for a record that does not exist and one that is not the caller's. */
    private void checkVisible(FindHistoryQuery query) {
        String aggregateId = query.aggregateId().toString();
        DomainEventMessage<?> first =
                eventStore.readEvents(aggregateId, 0).asStream().findFirst().orElse(null);
        if (first == null
                || !isA(query.subject(), first)
                || !belongsTo(query, first)
                || (query.onlyForProvider() != null
                        && !assignedTo(query.onlyForProvider(), eventStore.readEvents(aggregateId, 0)))) {
            throw new NotFoundException("Not found.");
        }
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
    private static boolean assignedTo(ProviderId provider, DomainEventStream events) {
        ProviderId assigned = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
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
