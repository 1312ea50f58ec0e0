package dev.tandem.query.board;

import dev.tandem.api.booking.BookingAssigned;
import dev.tandem.api.booking.BookingCancelled;
import dev.tandem.api.booking.BookingCompleted;
import dev.tandem.api.booking.BookingCreated;
import dev.tandem.api.booking.BookingRescheduled;
import dev.tandem.api.booking.BookingStarted;
import dev.tandem.api.booking.BookingUnassigned;
import dev.tandem.api.provider.FindProviderRealtimeStatusQuery;
import dev.tandem.api.provider.ProviderDeactivated;
import dev.tandem.api.provider.ProviderProfileUpdated;
import dev.tandem.api.provider.ProviderReactivated;
import dev.tandem.api.provider.ProviderRealtimeStatusView;
import dev.tandem.api.provider.ProviderRegistered;
import dev.tandem.api.provider.ProviderStatusChanged;
import dev.tandem.query.replay.ReadModelTables;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Keeps the live provider board and answers {@link FindProviderRealtimeStatusQuery}. */
@Component
@ProcessingGroup(ProviderBoardProjection.PROCESSING_GROUP)
class ProviderBoardProjection {

    static final String PROCESSING_GROUP = "provider-board";

    private final ProviderBoard board;
    private final Clock clock;

    private final ReadModelTables tables;

    ProviderBoardProjection(ProviderBoard board, Clock clock, ReadModelTables tables) {
        this.tables = tables;
        this.board = board;
        this.clock = clock;
    }

    @EventHandler
    void on(ProviderRegistered event, @Timestamp Instant at) {
        board.addProvider(event.businessId(), event.providerId(), event.name(), at);
    }

    @EventHandler
    void on(ProviderProfileUpdated event, @Timestamp Instant at) {
        board.rename(event.providerId(), event.name(), at);
    }

    @EventHandler
    void on(ProviderStatusChanged event, @Timestamp Instant at) {
        board.changeStatus(event.providerId(), event.status(), event.currentBookingId(), at);
    }

    @EventHandler
    void on(ProviderDeactivated event, @Timestamp Instant at) {
        board.deactivate(event.providerId(), at);
    }

    @EventHandler
    void on(ProviderReactivated event, @Timestamp Instant at) {
        board.reactivate(event.providerId(), at);
    }

    @EventHandler
    void on(BookingCreated event) {
        board.addBooking(event.businessId(), event.bookingId(), event.scheduledStart());
    }

    @EventHandler
    void on(BookingAssigned event) {
        board.assign(event.bookingId(), event.providerId());
    }

    @EventHandler
    void on(BookingUnassigned event) {
        board.assign(event.bookingId(), null);
    }

    @EventHandler
    void on(BookingRescheduled event) {
        board.reschedule(event.bookingId(), event.scheduledStart());
    }

    /** A started job is the provider's current one, no longer its next. */
    @EventHandler
    void on(BookingStarted event) {
        board.close(event.bookingId());
    }

    @EventHandler
    void on(BookingCompleted event) {
        board.close(event.bookingId());
    }

    @EventHandler
    void on(BookingCancelled event) {
        board.close(event.bookingId());
    }

    /** Before a rebuild from the event store: every business's rows go (TRUNCATE is not subject to RLS). */
    @ResetHandler
    void reset() {
        tables.truncate(ProviderBoardTable.PROVIDER_BOARD, ProviderBoardBookingTable.PROVIDER_BOARD_BOOKING);
    }

    /** Each active provider of the business, with its next job from now on. */
    @QueryHandler
    List<ProviderRealtimeStatusView> getRealTimeProviderAvailability(FindProviderRealtimeStatusQuery query) {
        return board.statusOf(query.businessId(), clock.instant());
    }
}
