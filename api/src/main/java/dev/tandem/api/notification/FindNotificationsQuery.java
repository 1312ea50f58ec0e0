package dev.tandem.api.notification;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

/** The business's notifications, newest first, a page at a time. */
public record FindNotificationsQuery(BusinessId businessId, boolean unreadOnly, int limit, String cursor)
        implements BusinessMessage {}
