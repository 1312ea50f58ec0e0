package dev.tandem.query.board;

import dev.tandem.api.provider.ProviderRealtimeStatusView;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.ProviderStatus;
import dev.tandem.platform.database.DeferredWrites;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The board's tables in plain SQL, written when the handling transaction commits; the next job is found when
 * asked, so it never goes stale.
 */
@Repository
class ProviderBoard {

    private final JdbcClient jdbc;
    private final DeferredWrites writes;

    ProviderBoard(JdbcClient jdbc, DeferredWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    void addProvider(BusinessId businessId, ProviderId providerId, String name, Instant at) {
        writes.insert(
                ProviderBoardTable.PROVIDER_BOARD,
                providerId.value(),
                row -> row.set(ProviderBoardTable.BUSINESS_ID, businessId.value())
                        .set(ProviderBoardTable.NAME, name)
                        .set(ProviderBoardTable.STATUS, ProviderStatus.AVAILABLE.name())
                        .set(ProviderBoardTable.ACTIVE, true)
                        .set(ProviderBoardTable.UPDATED_AT, at));
    }

    void rename(ProviderId providerId, String name, Instant at) {
        changeProvider(providerId, at, row -> row.set(ProviderBoardTable.NAME, name));
    }

    void changeStatus(ProviderId providerId, ProviderStatus status, BookingId currentBooking, Instant at) {
        changeProvider(
                providerId,
                at,
                row -> row.set(ProviderBoardTable.STATUS, status.name())
                        .set(
                                ProviderBoardTable.CURRENT_BOOKING_ID,
                                currentBooking == null ? null : currentBooking.value()));
    }

    void deactivate(ProviderId providerId, Instant at) {
        changeProvider(providerId, at, row -> row.set(ProviderBoardTable.ACTIVE, false));
    }

    void reactivate(ProviderId providerId, Instant at) {
        changeProvider(providerId, at, row -> row.set(ProviderBoardTable.ACTIVE, true));
    }

    void addBooking(BusinessId businessId, BookingId bookingId, Instant scheduledStart) {
        writes.insert(
                ProviderBoardBookingTable.PROVIDER_BOARD_BOOKING,
                bookingId.value(),
                row -> row.set(ProviderBoardBookingTable.BUSINESS_ID, businessId.value())
                        .set(ProviderBoardBookingTable.SCHEDULED_START, scheduledStart)
                        .set(ProviderBoardBookingTable.OPEN, true));
    }

    void assign(BookingId bookingId, ProviderId providerId) {
        changeBooking(
                bookingId,
                row -> row.set(ProviderBoardBookingTable.PROVIDER_ID, providerId == null ? null : providerId.value()));
    }

    void reschedule(BookingId bookingId, Instant scheduledStart) {
        changeBooking(bookingId, row -> row.set(ProviderBoardBookingTable.SCHEDULED_START, scheduledStart));
    }

    void close(BookingId bookingId) {
        changeBooking(bookingId, row -> row.set(ProviderBoardBookingTable.OPEN, false));
    }

    private void changeProvider(ProviderId providerId, Instant at, Consumer<DeferredWrites.Columns> change) {
        writes.update(
                ProviderBoardTable.PROVIDER_BOARD,
                providerId.value(),
                row -> change.accept(row.set(ProviderBoardTable.UPDATED_AT, at)));
    }

    private void changeBooking(BookingId bookingId, Consumer<DeferredWrites.Columns> change) {
        writes.update(ProviderBoardBookingTable.PROVIDER_BOARD_BOOKING, bookingId.value(), change);
    }

    List<ProviderRealtimeStatusView> statusOf(BusinessId businessId, Instant now) {
        return jdbc.sql("""
                        select p.provider_id, p.name, p.status, p.current_booking_id, p.updated_at,
                               (select min(b.scheduled_start) from provider_board_booking b
                                 where b.provider_id = p.provider_id and b.open and b.scheduled_start >= :now) as next_at
                          from provider_board p
                         where p.business_id = :business and p.active
                         order by p.name, p.provider_id""")
                .param("business", businessId.value())
                .param("now", Timestamp.from(now))
                .query((row, number) -> new ProviderRealtimeStatusView(
                        row.getString("provider_id"),
                        row.getString("name"),
                        row.getString("status"),
                        row.getString("current_booking_id"),
                        row.getTimestamp("next_at") == null
                                ? null
                                : row.getTimestamp("next_at").toInstant(),
                        row.getTimestamp("updated_at").toInstant()))
                .list();
    }
}
