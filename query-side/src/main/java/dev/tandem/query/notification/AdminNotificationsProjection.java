package dev.tandem.query.notification;

import dev.tandem.api.Page;
import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.errors.NotFoundException;
import dev.tandem.api.notification.FindNotificationQuery;
import dev.tandem.api.notification.FindNotificationsCausedByQuery;
import dev.tandem.api.notification.FindNotificationsQuery;
import dev.tandem.api.notification.NotificationRead;
import dev.tandem.api.notification.NotificationView;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.webhook.WebhookEndpointDisabled;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.query.replay.ReadModelTables;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the admins' notifications: a provider declined a job, finished one, or went offline with bookings
 * still ahead that day. Each notification's id derives from the event that caused it, so rebuilding this
 * projection from the event store yields the same notifications, and read marks ({@link NotificationRead},
 * itself an event) survive the rebuild.
 */
@Component
@ProcessingGroup(AdminNotificationsProjection.PROCESSING_GROUP)
class AdminNotificationsProjection {

    static final String PROCESSING_GROUP = "admin-notifications";

    private static final String DECLINED = "booking.declined";
    private static final String COMPLETED = "booking.completed";
    private static final String OFFLINE = "provider.offline";
    private static final String UNASSIGNED = "assignment.failed";
    private static final String WEBHOOK_DISABLED = "webhook.disabled";
    private static final List<String> NOTICE_TYPES =
            List.of(DECLINED, COMPLETED, OFFLINE, UNASSIGNED, WEBHOOK_DISABLED);

    private final NotificationStore store;

    private final ReadModelTables tables;

    AdminNotificationsProjection(NotificationStore store, ReadModelTables tables) {
        this.tables = tables;
        this.store = store;
    }

    @EventHandler
    void on(BusinessRegistered event) {
        store.rememberTimeZone(event.businessId(), event.timeZone());
    }

    @EventHandler
    void on(BusinessSettingsChanged event) {
        store.rememberTimeZone(event.businessId(), event.timeZone());
    }

    @EventHandler
    void on(ProviderRegistered event) {
        store.rememberProvider(event.businessId(), event.providerId(), event.name());
    }

    @EventHandler
    void on(ProviderProfileUpdated event) {
        store.renameProvider(event.providerId(), event.name());
    }

    @EventHandler
    void on(BookingCreated event) {
        store.openBooking(
                event.businessId(),
                event.bookingId(),
                event.service(),
                event.customer().name(),
                event.scheduledStart());
    }

    @EventHandler
    void on(BookingAssigned event) {
        store.assignBooking(event.bookingId(), event.providerId());
    }

    @EventHandler
    void on(BookingUnassigned event) {
        store.assignBooking(event.bookingId(), null);
    }

    @EventHandler
    void on(BookingRescheduled event) {
        store.rescheduleBooking(event.bookingId(), event.scheduledStart());
    }

    @EventHandler
    void on(BookingCancelled event) {
        store.closeBooking(event.bookingId());
    }

    @EventHandler
    void on(BookingDeclined event, EventMessage<?> message) {
        String provider = store.providerName(event.providerId());
        createAdminNotification(
                message,
                event.businessId(),
                new Notice(
                        DECLINED,
                        "Booking declined",
                        provider + " declined " + store.theBooking(event.businessId(), event.bookingId())
                                + because(event.reason()) + ". It needs a provider.",
                        event.bookingId().value(),
                        event.providerId().value()));
    }

    /** The provider's own words, when it gave a reason. */
    private static String because(String reason) {
        return reason == null || reason.isBlank() ? "" : " (\u201c" + reason.strip() + "\u201d)";
    }

    @EventHandler
    void on(BookingCompleted event, EventMessage<?> message) {
        store.closeBooking(event.bookingId());
        String provider = store.providerName(event.providerId());
        createAdminNotification(
                message,
                event.businessId(),
                new Notice(
                        COMPLETED,
                        "Booking completed",
                        provider + " completed " + store.theBooking(event.businessId(), event.bookingId()) + ".",
                        event.bookingId().value(),
                        event.providerId().value()));
    }

    @EventHandler
    void on(AssignmentFailed event, EventMessage<?> message) {
        createAdminNotification(
                message,
                event.businessId(),
                new Notice(
                        UNASSIGNED,
                        "Nobody took the booking",
                        "Auto-assignment found nobody for " + store.theBooking(event.businessId(), event.bookingId())
                                + ". It needs a provider.",
                        event.bookingId().value(),
                        null));
    }

    /** Going offline matters only when jobs are still waiting for that provider later the same local day. */
    @EventHandler
    void on(ProviderStatusChanged event, EventMessage<?> message) {
        if (event.status() != ProviderStatus.OFFLINE || event.previousStatus() == ProviderStatus.OFFLINE) {
            return;
        }
        Instant at = message.getTimestamp();
        int ahead = store.openBookingsLaterToday(event.businessId(), event.providerId(), at);
        if (ahead > 0) {
            createAdminNotification(
                    message,
                    event.businessId(),
                    new Notice(
                            OFFLINE,
                            "Provider offline with work ahead",
                            store.providerName(event.providerId()) + " went offline with " + ahead
                                    + (ahead == 1 ? " booking" : " bookings") + " still ahead today.",
                            null,
                            event.providerId().value()));
        }
    }

    @EventHandler
    void on(WebhookEndpointDisabled event, EventMessage<?> message) {
        createAdminNotification(
                message,
                event.businessId(),
                new Notice(
                        WEBHOOK_DISABLED,
                        "Webhook turned off",
                        "Deliveries to " + event.url() + " kept failing (" + event.reason()
                                + "), so it was turned off. Fix the receiver, then turn it on again in Webhooks.",
                        null,
                        null));
    }

    @EventHandler
    void on(NotificationRead event, EventMessage<?> message) {
        store.markRead(event.notificationId(), message.getTimestamp());
    }

    /** Before a rebuild from the event store: every business's rows go (TRUNCATE is not subject to RLS). */
    @ResetHandler
    void reset() {
        tables.truncate(
                NotificationViewTable.NOTIFICATION_VIEW,
                NotificationProviderTable.NOTIFICATION_PROVIDER,
                NotificationBookingTable.NOTIFICATION_BOOKING,
                NotificationBusinessTable.NOTIFICATION_BUSINESS);
    }

    @QueryHandler
    Page<NotificationView> handle(FindNotificationsQuery query) {
        return store.page(query.businessId(), query.unreadOnly(), query.limit(), query.cursor());
    }

    @QueryHandler
    NotificationView handle(FindNotificationQuery query) {
        return store.find(query.businessId(), query.notificationId())
                .orElseThrow(() -> new NotFoundException("No such notification."));
    }

    @QueryHandler
    List<NotificationView> handle(FindNotificationsCausedByQuery query) {
        return store.find(NOTICE_TYPES.stream()
                .map(type -> notificationId(query.eventId(), type))
                .toList());
    }

    /** The one place a notification for a business's admins is created. */
    void createAdminNotification(EventMessage<?> cause, BusinessId businessId, Notice notice) {
        store.insert(notificationId(cause.getIdentifier(), notice.type()), businessId, notice, cause.getTimestamp());
    }

    /** Derived from the event and the kind of notice, so that a rebuild gives every notification its old id. */
    private static UUID notificationId(String causeEventId, String noticeType) {
        return UUID.nameUUIDFromBytes((causeEventId + noticeType).getBytes(StandardCharsets.UTF_8));
    }

    /** What a notification says. */
    record Notice(String type, String title, String body, UUID bookingId, UUID providerId) {}
}
