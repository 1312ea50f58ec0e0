package dev.tandem.query.notification;

import dev.tandem.api.Page;
import dev.tandem.api.notification.FindNotificationsQuery;
import dev.tandem.api.notification.NotificationView;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.paging.PageResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationController {

    private final QueryGateway queries;

    NotificationController(QueryGateway queries) {
        this.queries = queries;
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
}
