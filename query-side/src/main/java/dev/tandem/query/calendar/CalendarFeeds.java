package dev.tandem.query.calendar;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.query.calendar.CalendarFeedTokens.Feed;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The secret addresses of the calendar feeds, for the API and the dashboards alike: each on the host the
 * request came to, {@code /ical/{token}.ics}.
 */
@Component
public class CalendarFeeds {

    private final CalendarFeedTokens tokens;

    CalendarFeeds(CalendarFeedTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * The feed's address, given it now if it has none yet.
     *
     * @param provider a provider's feed; empty for the whole business's
     */
    public String addressOf(BusinessId business, Optional<ProviderId> provider) {
        return address(tokens.tokenOf(new Feed(business, provider)));
    }

    /** A new address for the feed; the old one answers 404 from now on. */
    public String reset(BusinessId business, Optional<ProviderId> provider) {
        return address(tokens.reset(new Feed(business, provider)));
    }

    private static String address(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/ical/{token}.ics")
                .buildAndExpand(token)
                .toUriString();
    }
}
