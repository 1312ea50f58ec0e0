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
                "provider_board",
                "provider_id",
                providerId.value(),
                row -> row.set("business_id", businessId.value())
                        .set("name", name)
                        .set("status", ProviderStatus.AVAILABLE.name())
                        .set("active", true)
                        .set("updated_at", at));
    }

    void rename(ProviderId providerId, String name, Instant at) {
        changeProvider(providerId, at, row -> row.set("name", name));
    }

    void changeStatus(ProviderId providerId, ProviderStatus status, BookingId currentBooking, Instant at) {
        changeProvider(
                providerId,
                at,
                row -> row.set("status", status.name())
                        .set("current_booking_id", currentBooking == null ? null : currentBooking.value()));
    }

    void deactivate(ProviderId providerId, Instant at) {
        changeProvider(providerId, at, row -> row.set("active", false));
    }

    void addBooking(BusinessId businessId, BookingId bookingId, Instant scheduledStart) {
        writes.insert(
                "provider_board_booking",
                "booking_id",
                bookingId.value(),
                row -> row.set("business_id", businessId.value())
                        .set("scheduled_start", scheduledStart)
                        .set("open", true));
    }

    void assign(BookingId bookingId, ProviderId providerId) {
        changeBooking(bookingId, row -> row.set("provider_id", providerId == null ? null : providerId.value()));
    }

    void reschedule(BookingId bookingId, Instant scheduledStart) {
        changeBooking(bookingId, row -> row.set("scheduled_start", scheduledStart));
    }

    void close(BookingId bookingId) {
        changeBooking(bookingId, row -> row.set("open", false));
    }

    private void changeProvider(ProviderId providerId, Instant at, Consumer<DeferredWrites.Columns> change) {
        writes.update(
                "provider_board", "provider_id", providerId.value(), row -> change.accept(row.set("updated_at", at)));
    }

    private void changeBooking(BookingId bookingId, Consumer<DeferredWrites.Columns> change) {
        writes.update("provider_board_booking", "booking_id", bookingId.value(), change);
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
