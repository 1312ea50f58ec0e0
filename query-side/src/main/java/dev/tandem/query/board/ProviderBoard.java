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
        writes.write(
                "provider_board",
                providerId.value(),
                "insert into provider_board (provider_id, business_id, name, status, active, updated_at)"
                        + " values (?, ?, ?, ?, true, ?) on conflict (provider_id) do nothing",
                providerId.value(),
                businessId.value(),
                name,
                ProviderStatus.AVAILABLE.name(),
                Timestamp.from(at));
    }

    void rename(ProviderId providerId, String name, Instant at) {
        writes.write(
                "provider_board",
                providerId.value(),
                "update provider_board set name = ?, updated_at = ? where provider_id = ?",
                name,
                Timestamp.from(at),
                providerId.value());
    }

    void changeStatus(ProviderId providerId, ProviderStatus status, BookingId currentBooking, Instant at) {
        writes.write(
                "provider_board",
                providerId.value(),
                "update provider_board set status = ?, current_booking_id = ?, updated_at = ? where provider_id = ?",
                status.name(),
                currentBooking == null ? null : currentBooking.value(),
                Timestamp.from(at),
                providerId.value());
    }

    void deactivate(ProviderId providerId, Instant at) {
        writes.write(
                "provider_board",
                providerId.value(),
                "update provider_board set active = false, updated_at = ? where provider_id = ?",
                Timestamp.from(at),
                providerId.value());
    }

    void addBooking(BusinessId businessId, BookingId bookingId, Instant scheduledStart) {
        writes.write(
                "provider_board_booking",
                bookingId.value(),
                "insert into provider_board_booking (booking_id, business_id, scheduled_start, open)"
                        + " values (?, ?, ?, true) on conflict (booking_id) do nothing",
                bookingId.value(),
                businessId.value(),
                Timestamp.from(scheduledStart));
    }

    void assign(BookingId bookingId, ProviderId providerId) {
        writes.write(
                "provider_board_booking",
                bookingId.value(),
                "update provider_board_booking set provider_id = ? where booking_id = ?",
                providerId == null ? null : providerId.value(),
                bookingId.value());
    }

    void reschedule(BookingId bookingId, Instant scheduledStart) {
        writes.write(
                "provider_board_booking",
                bookingId.value(),
                "update provider_board_booking set scheduled_start = ? where booking_id = ?",
                Timestamp.from(scheduledStart),
                bookingId.value());
    }

    void close(BookingId bookingId) {
        writes.write(
                "provider_board_booking",
                bookingId.value(),
                "update provider_board_booking set open = false where booking_id = ?",
                bookingId.value());
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
