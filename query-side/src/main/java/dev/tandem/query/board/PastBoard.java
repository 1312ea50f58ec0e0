package dev.tandem.query.board;

import dev.tandem.api.board.BoardView;
import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingConfirmed;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.business.BusinessRegistered;
import dev.tandem.api.business.BusinessSettingsChanged;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.kernel.BookingStatus;
import dev.tandem.kernel.ProviderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The board folded from a business's events in the order they were stored, by the rules of the live board's
 * projection: a provider is AVAILABLE when registered and then as its status events say; its next job is the
 * earliest of its bookings not yet started, completed or cancelled that starts at or after the instant.
 */
final class PastBoard {

    /**
     * A business's time zones differ from UTC by at most 14 hours, so a booking that ended two days before a
     * midnight is on no day after it, whatever zone the business moves to.
     */
    private static final Duration ANY_ZONE = Duration.ofDays(2);

    private ZoneId zone = ZoneOffset.UTC;
    private final Map<UUID, ProviderState> providers = new LinkedHashMap<>();
    private final Map<UUID, BookingState> bookings = new LinkedHashMap<>();

    /** What the fold holds, as a snapshot keeps it. */
    record State(String zone, Map<UUID, Provider> providers, Map<UUID, Booking> bookings) {

        record Provider(String name, ProviderStatus status, UUID currentBookingId, boolean active) {}

        record Booking(
                BookingStatus status,
                UUID providerId,
                String service,
                Instant scheduledStart,
                int durationMinutes,
                String customerName) {}
    }

    private static final class ProviderState {
        String name;
        ProviderStatus status = ProviderStatus.AVAILABLE;
        UUID currentBookingId;
        boolean active = true;

        State.Provider state() {
            return new State.Provider(name, status, currentBookingId, active);
        }

        static ProviderState of(State.Provider saved) {
            var provider = new ProviderState();
            provider.name = saved.name();
            provider.status = saved.status();
            provider.currentBookingId = saved.currentBookingId();
            provider.active = saved.active();
            return provider;
        }
    }

    private static final class BookingState {
        BookingStatus status = BookingStatus.PENDING;
        UUID providerId;
        String service;
        Instant scheduledStart;
        int durationMinutes;
        String customerName;

        boolean open() {
            return status == BookingStatus.PENDING || status == BookingStatus.CONFIRMED;
        }

        boolean closed() {
            return status == BookingStatus.COMPLETED || status == BookingStatus.CANCELLED;
        }

        State.Booking state() {
            return new State.Booking(status, providerId, service, scheduledStart, durationMinutes, customerName);
        }

        static BookingState of(State.Booking saved) {
            var booking = new BookingState();
            booking.status = saved.status();
            booking.providerId = saved.providerId();
            booking.service = saved.service();
            booking.scheduledStart = saved.scheduledStart();
            booking.durationMinutes = saved.durationMinutes();
            booking.customerName = saved.customerName();
            return booking;
        }
    }

    /** A board with no events folded in yet. */
    PastBoard() {}

    /** The board a snapshot kept, to fold the later events into. */
    PastBoard(State saved) {
        zone = ZoneId.of(saved.zone());
        saved.providers().forEach((id, provider) -> providers.put(id, ProviderState.of(provider)));
        saved.bookings().forEach((id, booking) -> bookings.put(id, BookingState.of(booking)));
    }

    State state() {
        var savedProviders = new LinkedHashMap<UUID, State.Provider>();
        providers.forEach((id, provider) -> savedProviders.put(id, provider.state()));
        var savedBookings = new LinkedHashMap<UUID, State.Booking>();
        bookings.forEach((id, booking) -> savedBookings.put(id, booking.state()));
        return new State(zone.getId(), savedProviders, savedBookings);
    }

    /** The business's midnight that starts the local day of {@code instant}. */
    Instant startOfDay(Instant instant) {
        return instant.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    }

    /**
     * Forgets the completed and cancelled bookings that started well before {@code midnight}: the board of an
     * instant after it never shows them again (they are on an earlier day, and never anyone's next job), and a
     * business's fold would otherwise keep every booking it ever had.
     */
    void forgetClosedBookingsBefore(Instant midnight) {
        Instant before = midnight.minus(ANY_ZONE);
        bookings.values().removeIf(booking -> booking.closed() && booking.scheduledStart.isBefore(before));
    }

    /** Applies one stored event; events the board does not show change nothing. */
    void apply(Object event) {
        switch (event) {
            case BusinessRegistered e -> zone = ZoneId.of(e.timeZone());
            case BusinessSettingsChanged e -> zone = ZoneId.of(e.timeZone());
            case ProviderRegistered e ->
                providers.computeIfAbsent(e.providerId().value(), id -> new ProviderState()).name = e.name();
            case ProviderProfileUpdated e -> provider(e.providerId().value()).name = e.name();
            case ProviderStatusChanged e -> {
                ProviderState provider = provider(e.providerId().value());
                provider.status = e.status();
                provider.currentBookingId = e.currentBookingId() == null
                        ? null
                        : e.currentBookingId().value();
            }
            case ProviderDeactivated e -> provider(e.providerId().value()).active = false;
            case ProviderReactivated e -> provider(e.providerId().value()).active = true;
            case BookingCreated e -> {
                var booking = new BookingState();
                booking.service = e.service();
                booking.scheduledStart = e.scheduledStart();
                booking.durationMinutes = e.durationMinutes();
                booking.customerName = e.customer().name();
                bookings.put(e.bookingId().value(), booking);
            }
            case BookingAssigned e -> {
                BookingState booking = booking(e.bookingId().value());
                booking.providerId = e.providerId().value();
                booking.status = BookingStatus.PENDING;
            }
            case BookingUnassigned e -> {
                BookingState booking = booking(e.bookingId().value());
                booking.providerId = null;
                booking.status = BookingStatus.PENDING;
            }
            case BookingConfirmed e -> booking(e.bookingId().value()).status = BookingStatus.CONFIRMED;
            case BookingStarted e -> booking(e.bookingId().value()).status = BookingStatus.IN_PROGRESS;
            case BookingCompleted e -> booking(e.bookingId().value()).status = BookingStatus.COMPLETED;
            case BookingCancelled e -> booking(e.bookingId().value()).status = BookingStatus.CANCELLED;
            case BookingRescheduled e -> {
                BookingState booking = booking(e.bookingId().value());
                booking.scheduledStart = e.scheduledStart();
                booking.durationMinutes = e.durationMinutes();
            }
            default -> {}
        }
    }

    /** The board as of {@code at}: active providers by name, and the bookings of the local day of {@code at}. */
    BoardView at(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        List<BoardView.Provider> board = providers.entrySet().stream()
                .filter(entry -> entry.getValue().active)
                .sorted(Comparator.comparing((Map.Entry<UUID, ProviderState> entry) -> entry.getValue().name)
                        .thenComparing(Map.Entry::getKey))
                .map(entry -> new BoardView.Provider(
                        entry.getKey().toString(),
                        entry.getValue().name,
                        entry.getValue().status.name(),
                        Objects.toString(entry.getValue().currentBookingId, null),
                        nextJobOf(entry.getKey(), at)))
                .toList();
        List<BoardView.Booking> jobs = bookings.entrySet().stream()
                .filter(entry -> entry.getValue()
                        .scheduledStart
                        .atZone(zone)
                        .toLocalDate()
                        .equals(day))
                .sorted(Comparator.comparing((Map.Entry<UUID, BookingState> entry) -> entry.getValue().scheduledStart)
                        .thenComparing(Map.Entry::getKey))
                .map(entry -> {
                    BookingState booking = entry.getValue();
                    return new BoardView.Booking(
                            entry.getKey().toString(),
                            booking.status.name(),
                            Objects.toString(booking.providerId, null),
                            booking.service,
                            booking.scheduledStart,
                            booking.scheduledStart.plus(Duration.ofMinutes(booking.durationMinutes)),
                            booking.customerName);
                })
                .toList();
        return new BoardView(at, board, jobs);
    }

    private Instant nextJobOf(UUID providerId, Instant at) {
        return bookings.values().stream()
                .filter(booking -> providerId.equals(booking.providerId) && booking.open())
                .map(booking -> booking.scheduledStart)
                .filter(start -> !start.isBefore(at))
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    /** An event of an aggregate the board has not seen created changes a placeholder, which is never shown. */
    private ProviderState provider(UUID id) {
        return providers.computeIfAbsent(id, unknown -> {
            var placeholder = new ProviderState();
            placeholder.name = "";
            placeholder.active = false;
            return placeholder;
        });
    }

    private BookingState booking(UUID id) {
        return bookings.computeIfAbsent(id, unknown -> {
            var placeholder = new BookingState();
            placeholder.scheduledStart = Instant.EPOCH;
            placeholder.service = "";
            return placeholder;
        });
    }
}
