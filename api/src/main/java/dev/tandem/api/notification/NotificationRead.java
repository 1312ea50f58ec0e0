package dev.tandem.api.notification;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.UserId;
import java.util.UUID;

/** An admin read a notification. */
public record NotificationRead(BusinessId businessId, UUID notificationId, UserId readBy) implements BusinessMessage {}
