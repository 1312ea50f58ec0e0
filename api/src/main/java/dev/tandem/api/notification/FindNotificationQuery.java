package dev.tandem.api.notification;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;
import java.util.UUID;

/** One notification of the business's admins; not found when it is another business's or does not exist. */
public record FindNotificationQuery(BusinessId businessId, UUID notificationId) implements BusinessMessage {}
