package dev.tandem.query.live;

import dev.tandem.api.BusinessMessage;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.notification.NotificationView;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.query.notification.NotificationCauses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each committed event into the live event of docs/api.md, with the changed resource as it now stands, and
 * hands it to every instance's subscribers through a subscription-query update (sent once the unit of work
 * commits). Its processor never replays (see {@link LiveConfiguration}), so nobody is told anything twice.
 */
@Component
@ProcessingGroup(LiveUpdates.PROCESSING_GROUP)
class LiveUpdates {

    static final String PROCESSING_GROUP = "live-updates";
    private static final String BATCH = LiveUpdates.class.getName() + ".batch";
    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);
    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {};

    private final LiveViews views;
    private final QueryUpdateEmitter updates;
    private final LiveAudience audience;
    private final JsonMapper json;

    LiveUpdates(LiveViews views, QueryUpdateEmitter updates, LiveAudience audience, JsonMapper json) {
        this.views = views;
        this.updates = updates;
        this.audience = audience;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        if (payload instanceof BusinessMessage scoped && audience.anyoneWatches(scoped.businessId())) {
            EventTypes.of(payload).ifPresent(type -> changesOfThisBatch().add(new Change(type, scoped, event, token)));
        }
    }

    /**
     * The changes of the events the processor handles together, pushed together once it has handled them: one
     * wait for the views for the whole batch, rather than one per event (which held every write to the pace
     * of one event at a time: docs/scaling.md). Alone, an event is a batch of one and leaves at once.
     */
    private List<Change> changesOfThisBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get();
        return batch.getOrComputeResource(BATCH, key -> {
            var changes = new ArrayList<Change>();
            batch.onPrepareCommit(handled -> push(changes));
            return changes;
        });
    }

    private void push(List<Change> changes) {
        views.awaitViewsOf(changes);
        var events = new ArrayList<LiveUpdate.Recipients>();
        for (Change change : changes) {
            try {
                events.addAll(inContextOf(change, () -> sync(change)));
            } catch (RuntimeException e) {
                // A live event that cannot be made is skipped: the others go on (docs/adr/0010).
                log.warn("Live event {} of {} skipped: {}", change.type(), change.aggregateId(), e.toString());
            }
        }
        if (!events.isEmpty()) {
            updates.emit(LiveEventsQuery.class, query -> true, new LiveUpdate(events));
        }
    }

    /**
     * Makes a change's live events in a unit of work of its own event, nested in the batch's: the queries it sends
     * carry that event's business, as a handler's would. In the batch's own, they carried the business of
     * whichever event the batch handled last, and a query for another business is refused.
     */
    private static List<LiveUpdate.Recipients> inContextOf(
            Change change, Supplier<List<LiveUpdate.Recipients>> making) {
        var result = DefaultUnitOfWork.startAndGet(change.message()).executeWithResult(making::get);
        if (result.isExceptional()) {
            throw result.exceptionResult() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException(result.exceptionResult());
        }
        return result.getPayload();
    }

    /** The change's live event, and the notifications it caused. */
    private List<LiveUpdate.Recipients> sync(Change change) {
        var events = new ArrayList<LiveUpdate.Recipients>();
        events.add(changed(change));
        if (NotificationCauses.mayNotify(change.payload())) {
            views.notificationsCausedBy(change).forEach(notification -> events.add(announce(change, notification)));
        }
        return events;
    }

    /** The live event of a change alone, with its business as context, as webhooks send it (no notifications). */
    LiveEvent liveEventOf(Change change) {
        return inContextOf(change, () -> List.of(changed(change))).getFirst().event();
    }

    /** What changed, as it now stands, and who may hear of it. */
    private LiveUpdate.Recipients changed(Change change) {
        if (change.type().startsWith("booking.") || change.type().startsWith("assignment.")) {
            return syncBookingStatusToAdmin(change);
        }
        if (change.type().startsWith("provider.")) {
            return syncProviderStatusToAdmin(change);
        }
        return recipients(change.liveEvent(asMap(change.payload())), change.providersNamed());
    }

    /**
     * A booking changed (an assignment offer is a change of the booking too): the business's admins, and its provider (the one before the change too, when it was
     * taken away or given to someone else), get the booking as it now stands.
     */
    LiveUpdate.Recipients syncBookingStatusToAdmin(Change change) {
        BookingId bookingId = change.component("bookingId", BookingId.class).orElseThrow();
        Optional<BookingView> booking = views.booking(change, bookingId);
        Set<ProviderId> concerned = new HashSet<>(change.providersNamed());
        if (!(change.payload() instanceof BookingCreated)) {
            // A booking is created without a provider; the one it is booked for hears of it as it is assigned.
            booking.map(BookingView::providerId).map(ProviderId::of).ifPresent(concerned::add);
        }
        return recipients(
                change.liveEvent(asMap(booking.<Object>map(view -> view).orElse(change.payload()))), concerned);
    }

    /** A provider changed: the business's admins and the provider itself get the provider as it now stands. */
    LiveUpdate.Recipients syncProviderStatusToAdmin(Change change) {
        ProviderId providerId = change.component("providerId", ProviderId.class).orElseThrow();
        Optional<?> provider = change.type().equals("provider.availability_changed")
                ? views.availability(change, providerId)
                : views.provider(change, providerId);
        return recipients(
                change.liveEvent(asMap(provider.<Object>map(view -> view).orElse(change.payload()))),
                Set.of(providerId));
    }

    /** A new notification is for the business's admins only. */
    private LiveUpdate.Recipients announce(Change change, NotificationView notification) {
        return recipients(
                new LiveEvent(
                        notification.id(),
                        "notification.created",
                        change.payload().businessId().toString(),
                        notification.id(),
                        null,
                        notification.createdAt(),
                        asMap(notification)),
                Set.of());
    }

    private static LiveUpdate.Recipients recipients(LiveEvent event, Collection<ProviderId> concerned) {
        return new LiveUpdate.Recipients(
                event, concerned.stream().map(ProviderId::toString).sorted().toList());
    }

    private Map<String, Object> asMap(Object view) {
        return json.convertValue(view, AS_MAP);
    }
}
