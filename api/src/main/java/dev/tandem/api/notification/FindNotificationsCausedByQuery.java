package dev.tandem.api.notification;

import dev.tandem.api.BusinessMessage;
import dev.tandem.kernel.BusinessId;

/** The notifications one event gave rise to (none for most events), as the live push announces them. */
public record FindNotificationsCausedByQuery(BusinessId businessId, String eventId) implements BusinessMessage {}
