package dev.tandem.query.dashboard;

import dev.tandem.platform.security.Caller;
import dev.tandem.query.notification.NotificationReads;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The admin's notifications: a live unread count in every page's header, and the list. */
@Controller
class NotificationPages {

    private final Views views;
    private final NotificationReads reads;

    NotificationPages(Views views, NotificationReads reads) {
        this.views = views;
        this.reads = reads;
    }

    @GetMapping("/app/admin/notifications")
    String list(Caller caller, HttpServletRequest request, Model model) {
        model.addAttribute("notifications", views.notifications(caller, false));
        return ProviderPages.htmx(request) ? "admin/notifications :: list" : "admin/notifications";
    }

    @GetMapping("/app/admin/notifications/unread")
    String unread(Caller caller, Model model) {
        model.addAttribute("unread", views.notifications(caller, true).size());
        return "fragments/layout :: unread";
    }

    @PostMapping("/app/admin/notifications/{id}/read")
    String read(
            @PathVariable UUID id,
            Caller caller,
            HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            Model model) {
        reads.markRead(caller, id);
        // No live event says a notification was read: the page tells its own unread count to refresh.
        response.setHeader("HX-Trigger", "tandem-notification");
        return ProviderPages.htmx(request) ? list(caller, request, model) : "redirect:/app/admin/notifications";
    }

    @PostMapping("/app/admin/notifications/read-all")
    String readAll(
            Caller caller, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Model model) {
        reads.markAllRead(caller);
        response.setHeader("HX-Trigger", "tandem-notification");
        return ProviderPages.htmx(request) ? list(caller, request, model) : "redirect:/app/admin/notifications";
    }
}
