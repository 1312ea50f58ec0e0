package dev.tandem.query.notification;

import dev.tandem.api.Page;
import dev.tandem.api.notification.FindNotificationsQuery;
import dev.tandem.api.notification.NotificationView;
import dev.tandem.platform.security.Caller;
import dev.tandem.platform.web.Owned;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.paging.PageResponseType;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationController {

    private final QueryGateway queries;
    private final NotificationReads reads;

    NotificationController(QueryGateway queries, NotificationReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/api/admin/notifications")
    Page<NotificationView> notifications(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            Caller caller) {
        var query = new FindNotificationsQuery(caller.businessId(), unread, Keyset.limit(limit), cursor);
        return queries.query(query, PageResponseType.pageOf(NotificationView.class))
                .join();
    }

    /** Every unread notification of the business, read at once; with none unread it changes nothing. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/api/admin/notifications/read-all")
    ResponseEntity<Void> markAllRead(Caller caller) {
        reads.markAllRead(caller);
        return ResponseEntity.noContent().build();
    }

    /** Idempotent: marking a notification that is already read changes nothing and answers the same. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/api/admin/notifications/{notificationId}/read")
    ResponseEntity<Void> markRead(@PathVariable @Owned(NotificationReads.class) UUID notificationId, Caller caller) {
        reads.markRead(caller, notificationId);
        return ResponseEntity.noContent().build();
    }
}
