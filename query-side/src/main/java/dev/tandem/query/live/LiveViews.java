package dev.tandem.query.live;

import dev.tandem.api.booking.BookingView;
import dev.tandem.api.booking.FindBookingQuery;
import dev.tandem.api.notification.FindNotificationsCausedByQuery;
import dev.tandem.api.notification.NotificationView;
import dev.tandem.api.provider.AvailabilityView;
import dev.tandem.api.provider.FindAvailabilityQuery;
import dev.tandem.api.provider.FindProviderQuery;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.consistency.ProjectionBarrier;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Reads what an event changed, as the views show it once they have taken the event in, so that a dashboard
 * can render a live event without asking again. A view that does not catch up within a second (or does
 * not answer) leaves the live event with the event's own fields.
 */
@Component
class LiveViews {

    private static final Duration PATIENCE = Duration.ofSeconds(1);

    private final ProjectionBarrier projections;
    private final QueryGateway queries;

    LiveViews(ProjectionBarrier projections, QueryGateway queries) {
        this.projections = projections;
        this.queries = queries;
    }

    Optional<BookingView> booking(Change change, BookingId bookingId) {
        return once(
                change,
                () -> queries.query(new FindBookingQuery(businessOf(change), bookingId, null), BookingView.class));
    }

    Optional<ProviderView> provider(Change change, ProviderId providerId) {
        return once(
                change, () -> queries.query(new FindProviderQuery(businessOf(change), providerId), ProviderView.class));
    }

    Optional<AvailabilityView> availability(Change change, ProviderId providerId) {
        return once(
                change,
                () -> queries.query(new FindAvailabilityQuery(businessOf(change), providerId), AvailabilityView.class));
    }

    List<NotificationView> notificationsCausedBy(Change change) {
        return once(
                        change,
                        () -> queries.query(
                                new FindNotificationsCausedByQuery(
                                        businessOf(change), change.message().getIdentifier()),
                                ResponseTypes.multipleInstancesOf(NotificationView.class)))
                .orElse(List.of());
    }

    /**
     * Waits, once for a whole batch of changes, until the other processors here have handled them: the views
     * are then read for each without waiting again.
     */
    void awaitViewsOf(List<Change> changes) {
        awaitViewsOf(changes, LiveUpdates.PROCESSING_GROUP);
    }

    /** As {@link #awaitViewsOf(List)}, for another processor that reads the views. */
    void awaitViewsOf(List<Change> changes, String waitingProcessor) {
        var positions = new HashMap<String, Long>();
        changes.forEach(
                change -> positions.merge(Objects.toString(change.aggregateId(), ""), change.position(), Math::max));
        projections.awaitEvents(positions, waitingProcessor, PATIENCE);
    }

    /** Asks the views, which {@link #awaitViewsOf} waited for. */
    private <T> Optional<T> once(Change change, Supplier<CompletableFuture<T>> query) {
        try {
            return Optional.ofNullable(query.get().join());
        } catch (CompletionException notThere) {
            return Optional.empty();
        }
    }

    private static BusinessId businessOf(Change change) {
        return change.payload().businessId();
    }
}
