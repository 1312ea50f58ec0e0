package dev.tandem.command.notification;

import dev.tandem.api.notification.NotificationRead;
import dev.tandem.platform.consistency.ProjectionBarrier;
import dev.tandem.platform.security.Caller;
import java.util.UUID;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Marks a notification read. Notifications belong to the query side, so this side cannot tell whether the
 * id exists: it records the fact, which the notification projection applies only to its own business's
 * rows. Marking is idempotent and always answers 204, revealing nothing about other businesses.
 */
@RestController
class NotificationReadController {

    private final EventBus events;
    private final ProjectionBarrier projections;

    NotificationReadController(EventBus events, ProjectionBarrier projections) {
        this.events = events;
        this.projections = projections;
    }

    @PostMapping("/api/admin/notifications/{notificationId}/read")
    ResponseEntity<Void> markRead(@PathVariable UUID notificationId, Caller caller) {
        var read = GenericEventMessage.asEventMessage(
                new NotificationRead(caller.businessId(), notificationId, caller.userId()));
        events.publish(read);
        projections.awaitAggregates(read.getIdentifier());
        return ResponseEntity.noContent().build();
    }
}
