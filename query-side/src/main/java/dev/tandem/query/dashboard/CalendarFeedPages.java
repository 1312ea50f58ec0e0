package dev.tandem.query.dashboard;

import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.calendar.CalendarFeeds;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** New secret addresses for calendar feeds, from the pages that show them. */
@Controller
class CalendarFeedPages {

    private final CalendarFeeds feeds;
    private final Views views;

    CalendarFeedPages(CalendarFeeds feeds, Views views) {
        this.feeds = feeds;
        this.views = views;
    }

    @PostMapping("/app/provider/calendar/reset")
    String resetOwn(Caller caller) {
        feeds.reset(caller.businessId(), caller.providerId());
        return "redirect:/app/provider/profile?calendarReset#calendar";
    }

    @PostMapping("/app/admin/providers/{id}/calendar/reset")
    String resetProviders(@PathVariable UUID id, Caller caller) {
        views.provider(caller, new ProviderId(id));
        feeds.reset(caller.businessId(), Optional.of(new ProviderId(id)));
        return "redirect:/app/admin/providers/" + id + "?calendarReset#calendar";
    }

    @PostMapping("/app/admin/settings/calendar/reset")
    String resetBusiness(Caller caller) {
        feeds.reset(caller.businessId(), Optional.empty());
        return "redirect:/app/admin/settings?calendarReset#calendar";
    }
}
