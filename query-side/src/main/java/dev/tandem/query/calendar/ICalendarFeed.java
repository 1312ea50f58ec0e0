package dev.tandem.query.calendar;

import dev.tandem.api.booking.BookingView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Bookings as an iCalendar (RFC 5545) feed: one event per booking, its id as {@code UID} and its version as
 * {@code SEQUENCE} (so a calendar app replaces the event as the booking changes), the times in the business's
 * time zone with that zone's definition, the address as {@code LOCATION}. Of the customer only the first name:
 * a calendar is synchronised to phones and shared, so no phone number, email or notes.
 */
final class ICalendarFeed {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private ICalendarFeed() {}

    /**
     * @param name the calendar's name in the app
     * @param providerNames names of the providers, shown on each event of a business's feed (null: one
     *     provider's feed, its own name needless)
     */
    static String of(String name, ZoneId zone, Collection<BookingView> bookings, Map<String, String> providerNames) {
        var properties = new PropertyList(List.of(
                new ProdId("-//Tandem//Calendar feed//EN"),
                ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN,
                new XProperty("X-WR-CALNAME", name),
                new XProperty("X-WR-TIMEZONE", zone.getId()),
                // Calendar apps that honour it look again every quarter of an hour.
                new XProperty("X-PUBLISHED-TTL", "PT15M")));
        var components = new ArrayList<CalendarComponent>();
        components.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        for (BookingView booking : bookings) {
            components.add(event(booking, zone, providerNames));
        }
        var calendar = new Calendar(properties, new ComponentList<>(components));
        var text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static VEvent event(BookingView booking, ZoneId zone, Map<String, String> providerNames) {
        String customer =
                firstName(booking.customer() == null ? null : booking.customer().name());
        String provider = providerNames == null || booking.providerId() == null
                ? null
                : providerNames.getOrDefault(booking.providerId(), null);
        String summary = capitalised(booking.service())
                + (customer == null ? "" : " · " + customer)
                + (provider == null ? "" : " · " + provider);
        VEvent event = new VEvent(
                        booking.scheduledStart().atZone(zone),
                        booking.scheduledEnd().atZone(zone),
                        summary)
                .add(new Uid(booking.id()))
                .add(new Sequence((int) Math.min(Integer.MAX_VALUE, booking.version())))
                .add(new DtStamp(stamp(booking)))
                .add(new LastModified(stamp(booking)))
                .add(statusOf(booking.status()))
                .add(new Description(description(booking, customer, provider)));
        if (booking.customer() != null && booking.customer().address() != null) {
            event = event.add(new Location(booking.customer().address()));
        }
        return event;
    }

    private static Status statusOf(String status) {
        return switch (status) {
            case "CANCELLED" -> ImmutableStatus.VEVENT_CANCELLED;
            case "PENDING" -> ImmutableStatus.VEVENT_TENTATIVE;
            default -> ImmutableStatus.VEVENT_CONFIRMED;
        };
    }

    private static String description(BookingView booking, String customer, String provider) {
        String status = booking.status().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return capitalised(booking.service()) + (customer == null ? "" : " for " + customer) + ", "
                + (provider == null ? "" : "by " + provider + ", ") + status + ".";
    }

    private static Instant stamp(BookingView booking) {
        return booking.updatedAt() == null ? booking.createdAt() : booking.updatedAt();
    }

    private static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.trim().split("\\s+", 2)[0];
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
