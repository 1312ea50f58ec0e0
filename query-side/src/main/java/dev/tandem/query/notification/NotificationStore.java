package dev.tandem.query.notification;

import dev.tandem.api.Page;
import dev.tandem.api.notification.NotificationView;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.DeferredWrites;
import dev.tandem.platform.database.Table;
import dev.tandem.query.paging.Keyset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notification tables, in plain SQL: upserts and keyset pages read more clearly here than through
 * JPA. Row-level security scopes every statement to the tenant of the event or query being handled. What the
 * events change is written when their transaction commits ({@link DeferredWrites}).
 */
@Repository
class NotificationStore {

    private static final DateTimeFormatter ON_DAY_AT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final JdbcClient jdbc;
    private final DeferredWrites writes;

    NotificationStore(JdbcClient jdbc, DeferredWrites writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    void rememberTimeZone(BusinessId businessId, String timeZone) {
        writes.write(
                NotificationBusinessTable.NOTIFICATION_BUSINESS,
                businessId.value(),
                "insert into notification_business (business_id, time_zone) values (?, ?)"
                        + " on conflict (business_id) do update set time_zone = excluded.time_zone",
                businessId.value(),
                timeZone);
    }

    void rememberProvider(BusinessId businessId, ProviderId providerId, String name) {
        writes.insert(
                NotificationProviderTable.NOTIFICATION_PROVIDER,
                providerId.value(),
                row -> row.set(NotificationProviderTable.BUSINESS_ID, businessId.value())
                        .set(NotificationProviderTable.NAME, name));
    }

    void renameProvider(ProviderId providerId, String name) {
        writes.update(
                NotificationProviderTable.NOTIFICATION_PROVIDER,
                providerId.value(),
                row -> row.set(NotificationProviderTable.NAME, name));
    }

    void openBooking(
            BusinessId businessId, BookingId bookingId, String service, String customerName, Instant scheduledStart) {
        writes.insert(
                NotificationBookingTable.NOTIFICATION_BOOKING,
                bookingId.value(),
                row -> row.set(NotificationBookingTable.BUSINESS_ID, businessId.value())
                        .set(NotificationBookingTable.SERVICE, service)
                        .set(NotificationBookingTable.CUSTOMER_NAME, customerName)
                        .set(NotificationBookingTable.SCHEDULED_START, scheduledStart)
                        .set(NotificationBookingTable.OPEN, true));
    }

    void assignBooking(BookingId bookingId, ProviderId providerId) {
        changeBooking(
                bookingId,
                row -> row.set(NotificationBookingTable.PROVIDER_ID, providerId == null ? null : providerId.value()));
    }

    void rescheduleBooking(BookingId bookingId, Instant scheduledStart) {
        changeBooking(bookingId, row -> row.set(NotificationBookingTable.SCHEDULED_START, scheduledStart));
    }

    void closeBooking(BookingId bookingId) {
        changeBooking(bookingId, row -> row.set(NotificationBookingTable.OPEN, false));
    }

    private void changeBooking(BookingId bookingId, Consumer<DeferredWrites.Columns> change) {
        writes.update(NotificationBookingTable.NOTIFICATION_BOOKING, bookingId.value(), change);
    }

    /**
     * The reads below are made while handling events, so they see what this transaction wrote: a name or
     * service it set is taken from its pending writes, without a round trip.
     */
    String providerName(ProviderId providerId) {
        return Objects.requireNonNullElse(
                textOf(
                        NotificationProviderTable.NOTIFICATION_PROVIDER,
                        providerId.value(),
                        NotificationProviderTable.NAME),
                "A provider");
    }

    /** "the window cleaning booking", or "a booking" for one whose service is not known here. */
    /** As people name a booking: "Ada Silva's cleaning on Thu 3 Dec, 14:30" (in the business's time zone). */
    String theBooking(BusinessId businessId, BookingId bookingId) {
        var table = NotificationBookingTable.NOTIFICATION_BOOKING;
        String service = textOf(table, bookingId.value(), NotificationBookingTable.SERVICE);
        if (service == null) {
            return "a booking";
        }
        String customer = textOf(table, bookingId.value(), NotificationBookingTable.CUSTOMER_NAME);
        Instant start = writes.read(
                table,
                bookingId.value(),
                NotificationBookingTable.SCHEDULED_START,
                () -> jdbc.sql("select scheduled_start from notification_booking where booking_id = ?")
                        .params(bookingId.value())
                        .query(OffsetDateTime.class)
                        .optional()
                        .map(OffsetDateTime::toInstant)
                        .orElse(null));
        String what = customer == null ? "the " + service + " booking" : customer + "'s " + service;
        return start == null ? what : what + " on " + ON_DAY_AT.format(start.atZone(zoneOf(businessId)));
    }

    private ZoneId zoneOf(BusinessId businessId) {
        writes.flush(NotificationBusinessTable.NOTIFICATION_BUSINESS);
        return jdbc.sql("select time_zone from notification_business where business_id = ?")
                .params(businessId.value())
                .query(String.class)
                .optional()
                .map(ZoneId::of)
                .orElse(ZoneOffset.UTC);
    }

    private String textOf(Table<UUID> table, UUID id, Column<String> column) {
        return writes.read(
                table,
                id,
                column,
                () -> jdbc.sql("select " + column.name() + " from " + table.name() + " where "
                                + table.key().name() + " = ?")
                        .params(id)
                        .query(String.class)
                        .optional()
                        .orElse(null));
    }

    /** Open bookings of the provider from {@code at} until midnight in the business's time zone. */
    int openBookingsLaterToday(BusinessId businessId, ProviderId providerId, Instant at) {
        writes.flush(NotificationBookingTable.NOTIFICATION_BOOKING);
        ZoneId zone = zoneOf(businessId);
        Instant midnight =
                LocalDate.ofInstant(at, zone).plusDays(1).atStartOfDay(zone).toInstant();
        return jdbc.sql("select count(*) from notification_booking where provider_id = ? and open"
                        + " and scheduled_start >= ? and scheduled_start < ?")
                .params(providerId.value(), Timestamp.from(at), Timestamp.from(midnight))
                .query(Integer.class)
                .single();
    }

    void insert(UUID id, BusinessId businessId, AdminNotificationsProjection.Notice notice, Instant at) {
        writes.insert(
                NotificationViewTable.NOTIFICATION_VIEW,
                id,
                row -> row.set(NotificationViewTable.BUSINESS_ID, businessId.value())
                        .set(NotificationViewTable.TYPE, notice.type())
                        .set(NotificationViewTable.TITLE, notice.title())
                        .set(NotificationViewTable.BODY, notice.body())
                        .set(NotificationViewTable.BOOKING_ID, notice.bookingId())
                        .set(NotificationViewTable.PROVIDER_ID, notice.providerId())
                        .set(NotificationViewTable.CREATED_AT, at));
    }

    void markRead(UUID notificationId, Instant at) {
        writes.write(
                NotificationViewTable.NOTIFICATION_VIEW,
                notificationId,
                "update notification_view set read_at = ? where id = ? and read_at is null",
                at,
                notificationId);
    }

    Optional<NotificationView> find(BusinessId businessId, UUID id) {
        return jdbc.sql("select * from notification_view where business_id = ? and id = ?")
                .param(businessId.value())
                .param(id)
                .query(NotificationStore::view)
                .optional();
    }

    List<NotificationView> find(List<UUID> ids) {
        return jdbc.sql("select * from notification_view where id = any(?) order by created_at, id")
                .param(ids.toArray(UUID[]::new))
                .query(NotificationStore::view)
                .list();
    }

    Page<NotificationView> page(BusinessId businessId, boolean unreadOnly, int limit, String cursor) {
        Keyset after = Keyset.fromCursor(cursor);
        List<NotificationView> rows = jdbc.sql("select * from notification_view where business_id = :business"
                        + (unreadOnly ? " and read_at is null" : "")
                        + (after != null ? " and (created_at, id) < (:at, :id)" : "")
                        + " order by created_at desc, id desc limit :limit")
                .param("business", businessId.value())
                .param("at", after == null ? null : Timestamp.from(after.instant()))
                .param("id", after == null ? null : after.id())
                .param("limit", limit + 1)
                .query(NotificationStore::view)
                .list();
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        var last = rows.get(limit - 1);
        return new Page<>(
                rows.subList(0, limit),
                Keyset.at(last.createdAt(), UUID.fromString(last.id())).toCursor());
    }

    private static NotificationView view(ResultSet row, int number) throws SQLException {
        return new NotificationView(
                row.getString("id"),
                row.getString("type"),
                row.getString("title"),
                row.getString("body"),
                row.getString("booking_id"),
                row.getString("provider_id"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("read_at") == null
                        ? null
                        : row.getTimestamp("read_at").toInstant());
    }
}
