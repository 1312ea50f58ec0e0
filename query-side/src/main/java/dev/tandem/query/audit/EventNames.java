package dev.tandem.query.audit;

import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.query.eventlog.BusinessEventLog;
import dev.tandem.query.eventlog.LoggedEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names an audit sentence needs, as the event store had them when the event was stored: a provider's name
 * then, a booking's service and customer. Read from the events that set them, once per page.
 */
final class EventNames {

    private static final List<String> NAMING_A_PROVIDER =
            List.of(ProviderRegistered.class.getName(), ProviderProfileUpdated.class.getName());

    private final BusinessEventLog log;
    private final Map<ProviderId, List<LoggedEvent>> providers = new HashMap<>();
    private final Map<BookingId, BookingCreated> bookings = new HashMap<>();

    EventNames(BusinessEventLog log) {
        this.log = log;
    }

    /** The provider's name when the event was stored, or "a provider" when it is not known. */
    String provider(ProviderId providerId, long atGlobalIndex) {
        if (providerId == null) {
            return "a provider";
        }
        String name = "a provider";
        for (LoggedEvent naming : namingsOf(providerId)) {
            if (naming.globalIndex() > atGlobalIndex) {
                break;
            }
            name = naming.payload() instanceof ProviderRegistered registered
                    ? registered.name()
                    : ((ProviderProfileUpdated) naming.payload()).name();
        }
        return name;
    }

    /** A provider's registration and profile changes, read once per page whatever the number of its events. */
    private List<LoggedEvent> namingsOf(ProviderId providerId) {
        return providers.computeIfAbsent(providerId, id -> log.ofTypes(id.toString(), NAMING_A_PROVIDER));
    }

    /** "booking 'cleaning' for Ana Silva". */
    String booking(BookingId bookingId) {
        BookingCreated created = bookings.computeIfAbsent(
                bookingId,
                id -> log.first(id.toString())
                        .map(LoggedEvent::payload)
                        .filter(BookingCreated.class::isInstance)
                        .map(BookingCreated.class::cast)
                        .orElse(null));
        if (created == null) {
            return "a booking";
        }
        return "booking '" + created.service() + "' for " + created.customer().name();
    }

    /** The currency of a booking, for its amounts. */
    String currencyOf(BookingId bookingId) {
        booking(bookingId);
        BookingCreated created = bookings.get(bookingId);
        return created == null ? "" : created.currency();
    }
}
