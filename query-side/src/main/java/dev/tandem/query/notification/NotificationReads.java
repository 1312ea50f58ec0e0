package dev.tandem.query.notification;

import dev.tandem.api.Page;
import dev.tandem.api.notification.FindNotificationQuery;
import dev.tandem.api.notification.FindNotificationsQuery;
import dev.tandem.api.notification.NotificationRead;
import dev.tandem.api.notification.NotificationView;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.OwnershipCheck;
import dev.tandem.query.paging.PageResponseType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Marks notifications read. Notifications exist only in this side's read model, so the mark is checked and
 * recorded here: an unknown or another business's notification is not found, and a notification already read
 * records nothing. The mark itself is an event, so that a rebuilt notification list keeps it.
 */
@Component
public class NotificationReads implements OwnershipCheck {

    private final QueryGateway queries;
    private final EventBus events;
    private final ProjectionBarrier projections;

    NotificationReads(QueryGateway queries, EventBus events, ProjectionBarrier projections) {
        this.queries = queries;
        this.events = events;
        this.projections = projections;
    }

    @Override
    public void requireVisibleTo(Caller caller, UUID notificationId) {
        find(caller, notificationId);
    }

    /** Returns once the notification list shows the mark. */
    public void markRead(Caller caller, UUID notificationId) {
        if (find(caller, notificationId).readAt() != null) {
            return;
        }
        var read = GenericEventMessage.asEventMessage(
                new NotificationRead(caller.businessId(), notificationId, caller.userId()));
        events.publish(read);
        projections.awaitAggregates(read.getIdentifier());
    }

    /** Marks every unread notification of the business read; returns once the list shows it. */
    public void markAllRead(Caller caller) {
        String lastMark = null;
        for (NotificationView unread : unread(caller)) {
            var read = GenericEventMessage.asEventMessage(
                    new NotificationRead(caller.businessId(), UUID.fromString(unread.id()), caller.userId()));
            events.publish(read);
            lastMark = read.getIdentifier();
        }
        if (lastMark != null) {
            projections.awaitAggregates(lastMark);
        }
    }

    private List<NotificationView> unread(Caller caller) {
        var all = new ArrayList<NotificationView>();
        Page<NotificationView> page = null;
        do {
            String cursor = page == null ? null : page.nextCursor();
            page = queries.query(
                            new FindNotificationsQuery(caller.businessId(), true, Page.MAX_LIMIT, cursor),
                            PageResponseType.pageOf(NotificationView.class))
                    .join();
            all.addAll(page.items());
        } while (page.nextCursor() != null);
        return all;
    }

    private NotificationView find(Caller caller, UUID notificationId) {
        return queries.query(new FindNotificationQuery(caller.businessId(), notificationId), NotificationView.class)
                .join();
    }
}
