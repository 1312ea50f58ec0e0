package dev.tandem.api.notification;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

public record FindNotificationsQuery(BusinessId businessId, boolean unreadOnly) implements BusinessMessage {}
