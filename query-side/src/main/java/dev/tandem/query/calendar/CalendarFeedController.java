package dev.tandem.query.calendar;

import dev.tandem.api.Page;
import dev.tandem.api.booking.BookingView;
import dev.tandem.api.business.BusinessView;
import dev.tandem.api.business.FindBusinessQuery;
import dev.tandem.api.calendar.CalendarFeedView;
import dev.tandem.api.provider.FindProviderQuery;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.booking.BookingPage;
import dev.tandem.query.calendar.CalendarFeedTokens.Feed;
import dev.tandem.query.provider.ProviderNames;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar feeds (docs/calendar-feeds.md): a provider's own and, for admins, any provider's or the whole
 * business's, each at a secret address that calendar apps read without signing in ({@code /ical/{token}.ics}).
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    /** How far back a feed reaches: last month's jobs stay in the calendar. */
    private static final Duration HISTORY = Duration.ofDays(30);
    /** The most bookings one feed lists, soonest first from 30 days back. */
    static final int MOST_EVENTS = 2_000;

    private final CalendarFeeds feeds;
    private final CalendarFeedTokens tokens;
    private final QueryGateway queries;
    private final ProviderNames providerNames;
    private final Clock clock;

    CalendarFeedController(
            CalendarFeeds feeds,
            CalendarFeedTokens tokens,
            QueryGateway queries,
            ProviderNames providerNames,
            Clock clock) {
        this.feeds = feeds;
        this.providerNames = providerNames;
        this.tokens = tokens;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/provider/calendar-feed")
    CalendarFeedView ownFeed(Caller caller) {
        return new CalendarFeedView(feeds.addressOf(caller.businessId(), caller.providerId()));
    }

    @PostMapping("/api/provider/calendar-feed/reset")
    CalendarFeedView resetOwnFeed(Caller caller) {
        return new CalendarFeedView(feeds.reset(caller.businessId(), caller.providerId()));
    }

    /** Without {@code providerId}: the whole business's bookings. */
    @GetMapping("/api/admin/calendar-feed")
    CalendarFeedView feed(@RequestParam(required = false) UUID providerId, Caller caller) {
        return new CalendarFeedView(feeds.addressOf(caller.businessId(), providerOf(caller, providerId)));
    }

    @PostMapping("/api/admin/calendar-feed/reset")
    CalendarFeedView resetFeed(@RequestParam(required = false) UUID providerId, Caller caller) {
        return new CalendarFeedView(feeds.reset(caller.businessId(), providerOf(caller, providerId)));
    }

    /** The feed itself, for calendar apps: no login, the token is the key; an unknown or reset one is 404. */
    @GetMapping(path = "/ical/{token}.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@PathVariable String token) {
        Optional<Feed> feed = tokens.feedOf(token);
        if (feed.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        BusinessView business = queries.query(
                        new FindBusinessQuery(feed.get().business()), ResponseTypes.instanceOf(BusinessView.class))
                .join();
        Map<String, String> names = providerNames.of(feed.get().business());
        String name = feed.get()
                .provider()
                .map(provider -> names.getOrDefault(provider.value().toString(), "Provider") + "'s jobs")
                .orElse(business.name());
        String calendar = ICalendarFeed.of(
                name + " · Tandem",
                ZoneId.of(business.timeZone()),
                bookings(feed.get()),
                feed.get().provider().isPresent() ? null : names);
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(calendar);
    }

    /** One of the admin's providers (404 for another business's), or none: the whole business. */
    private Optional<ProviderId> providerOf(Caller caller, UUID providerId) {
        if (providerId == null) {
            return Optional.empty();
        }
        queries.query(
                        new FindProviderQuery(caller.businessId(), new ProviderId(providerId)),
                        ResponseTypes.instanceOf(ProviderView.class))
                .join();
        return Optional.of(new ProviderId(providerId));
    }

    private List<BookingView> bookings(Feed feed) {
        var found = new ArrayList<BookingView>();
        String cursor = null;
        do {
            BookingPage page = queries.query(
                            new dev.tandem.api.booking.FindBookingsQuery(
                                    feed.business(),
                                    null,
                                    feed.provider().orElse(null),
                                    clock.instant().minus(HISTORY),
                                    null,
                                    Page.MAX_LIMIT,
                                    cursor),
                            ResponseTypes.instanceOf(BookingPage.class))
                    .join();
            found.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null && found.size() < MOST_EVENTS);
        return found.size() > MOST_EVENTS ? found.subList(0, MOST_EVENTS) : found;
    }
}
