package dev.tandem.query.notification;

import dev.tandem.api.assignment.AssignmentFailed;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingDeclined;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.api.webhook.WebhookEndpointDisabled;
import dev.tandem.kernel.ProviderStatus;

/**
 * The events after which {@link AdminNotificationsProjection} may have created a notification, so the live
 * push asks for new notifications only after those, not after every event.
 */
public final class NotificationCauses {

    private NotificationCauses() {}

    public static boolean mayNotify(Object event) {
        return event instanceof BookingDeclined
                || event instanceof AssignmentFailed
                || event instanceof BookingCompleted
                || event instanceof WebhookEndpointDisabled
                || (event instanceof ProviderStatusChanged changed && changed.status() == ProviderStatus.OFFLINE);
    }
}
