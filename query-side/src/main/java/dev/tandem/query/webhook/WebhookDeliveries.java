package dev.tandem.query.webhook;

import dev.tandem.api.webhook.WebhookDeliveryView;
import dev.tandem.kernel.BusinessId;
import dev.tandem.query.paging.Keyset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The deliveries ({@code webhook_delivery}), the durable queue the sender takes from, and their attempts
 * ({@code webhook_attempt}), the log admins read. Outside row-level security (the sender works across
 * businesses), so every read made for a business names it.
 */
@Component
class WebhookDeliveries {

    static final String PENDING = "PENDING";
    static final String SUCCEEDED = "SUCCEEDED";
    static final String FAILED = "FAILED";
    private static final int EXCERPT = 500;

    /** A delivery taken to be attempted now. */
    record Due(
            UUID id,
            BusinessId business,
            UUID endpointId,
            String eventId,
            String eventType,
            String body,
            int attempt) {}

    /** What one attempt came to: a status answered (or none), an excerpt of the answer, or why there was none. */
    record Outcome(Integer responseStatus, String responseExcerpt, String error, int durationMs) {

        boolean succeeded() {
            return responseStatus != null && responseStatus >= 200 && responseStatus < 300;
        }
    }

    private final JdbcTemplate jdbc;

    WebhookDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues an event for an endpoint, once: the same event again (a redelivered batch) adds nothing. */
    void enqueue(
            BusinessId business,
            UUID endpointId,
            String eventId,
            String eventType,
            String aggregateId,
            long position,
            String body,
            Instant now) {
        jdbc.update(
                """
                insert into webhook_delivery (delivery_id, business_id, endpoint_id, event_id, event_type, aggregate_id,
                    position, body, status, created_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
                on conflict (endpoint_id, event_id) do nothing""",
                UUID.randomUUID(),
                business.value(),
                endpointId,
                eventId,
                eventType,
                aggregateId,
                position,
                body,
                Timestamp.from(now),
                Timestamp.from(now));
    }

    /**
     * Takes up to {@code limit} deliveries that are due, leasing them until {@code leaseUntil} (another sender
     * takes one again only after that, should this one stop mid-way). A delivery waits while an earlier event of
     * the same aggregate for the same endpoint is still pending: each receiver gets an aggregate's events in order.
     */
    List<Due> takeDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.query(
                """
                with due as (
                    select d.delivery_id from webhook_delivery d
                     where d.status = 'PENDING' and d.next_attempt_at <= ?
                       and not exists (
                           select 1 from webhook_delivery earlier
                            where earlier.endpoint_id = d.endpoint_id and earlier.aggregate_id = d.aggregate_id
                              and earlier.status = 'PENDING' and earlier.position < d.position)
                     order by d.next_attempt_at, d.position
                     limit ?
                       for update skip locked)
                update webhook_delivery taken set next_attempt_at = ?
                  from due where taken.delivery_id = due.delivery_id
                returning taken.delivery_id, taken.business_id, taken.endpoint_id, taken.event_id, taken.event_type,
                    taken.body, taken.attempt""",
                (row, number) -> new Due(
                        row.getObject(1, UUID.class),
                        new BusinessId(row.getObject(2, UUID.class)),
                        row.getObject(3, UUID.class),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getInt(7)),
                Timestamp.from(now),
                limit,
                Timestamp.from(leaseUntil));
    }

    /**
     * Records an attempt in the log, and where it leaves the delivery.
     *
     * @param next when to try again; null when the delivery is over (succeeded, or failed for good)
     */
    void attempted(Due delivery, int attempt, Outcome outcome, Instant at, Instant next) {
        String status = outcome.succeeded() ? SUCCEEDED : next == null ? FAILED : PENDING;
        jdbc.update(
                "update webhook_delivery set status = ?, attempt = ?, next_attempt_at = ? where delivery_id = ?",
                status,
                attempt,
                next == null ? null : Timestamp.from(next),
                delivery.id());
        jdbc.update(
                """
                insert into webhook_attempt (attempt_id, business_id, endpoint_id, delivery_id, event_id, event_type,
                    attempt, status, response_status, response_excerpt, error, duration_ms, attempted_at,
                    next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(),
                delivery.business().value(),
                delivery.endpointId(),
                delivery.id(),
                delivery.eventId(),
                delivery.eventType(),
                attempt,
                outcome.succeeded() ? SUCCEEDED : FAILED,
                outcome.responseStatus(),
                cut(outcome.responseExcerpt()),
                cut(outcome.error()),
                outcome.durationMs(),
                Timestamp.from(at),
                next == null ? null : Timestamp.from(next));
    }

    /** An endpoint turned off leaves nothing waiting: its pending deliveries fail, each retryable from the log. */
    void failPending(UUID endpointId) {
        jdbc.update(
                "update webhook_delivery set status = 'FAILED', next_attempt_at = null"
                        + " where endpoint_id = ? and status = 'PENDING'",
                endpointId);
    }

    /**
     * Tries a delivery again now: one more attempt, then the retry delays that are left (none, for one that had
     * used them all). False when the business has no such delivery.
     */
    boolean retry(BusinessId business, UUID endpointId, UUID deliveryId, Instant now) {
        return jdbc.update("""
                        update webhook_delivery set status = 'PENDING', next_attempt_at = ?
                         where business_id = ? and endpoint_id = ? and delivery_id = ? and status <> 'PENDING'""", Timestamp.from(now), business.value(), endpointId, deliveryId) == 1
                || exists(business, endpointId, deliveryId);
    }

    /** The log of an endpoint, latest attempt first, a page at a time; {@code status} null for every outcome. */
    List<WebhookDeliveryView> page(BusinessId business, UUID endpointId, String status, int limit, String cursor) {
        var sql = new StringBuilder("""
                select delivery_id, event_id, event_type, attempt, status, response_status, response_excerpt, error,
                    duration_ms, attempted_at, next_attempt_at, attempt_id
                  from webhook_attempt where business_id = ? and endpoint_id = ?""");
        var arguments = new ArrayList<Object>(List.of(business.value(), endpointId));
        if (status != null) {
            sql.append(" and status = ?");
            arguments.add(status);
        }
        Keyset after = Keyset.fromCursor(cursor);
        if (after != null) {
            sql.append(" and (attempted_at, attempt_id) < (?, ?)");
            arguments.add(Timestamp.from(after.instant()));
            arguments.add(after.id());
        }
        sql.append(" order by attempted_at desc, attempt_id desc limit ?");
        arguments.add(limit);
        return jdbc.query(sql.toString(), WebhookDeliveries::attempt, arguments.toArray());
    }

    /** The cursor after an attempt of a page: its time and its own id. */
    String cursorAfter(BusinessId business, WebhookDeliveryView last) {
        UUID attemptId = jdbc.queryForObject(
                "select attempt_id from webhook_attempt where business_id = ? and delivery_id = ? and attempt = ?",
                UUID.class,
                business.value(),
                UUID.fromString(last.id()),
                last.attempt());
        return Keyset.at(last.attemptedAt(), attemptId).toCursor();
    }

    private boolean exists(BusinessId business, UUID endpointId, UUID deliveryId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from webhook_delivery where business_id = ? and endpoint_id = ?"
                        + " and delivery_id = ?)",
                Boolean.class,
                business.value(),
                endpointId,
                deliveryId));
    }

    private static String cut(String text) {
        return text == null || text.length() <= EXCERPT ? text : text.substring(0, EXCERPT);
    }

    private static WebhookDeliveryView attempt(ResultSet row, int number) throws SQLException {
        return new WebhookDeliveryView(
                row.getObject("delivery_id", UUID.class).toString(),
                row.getString("event_id"),
                row.getString("event_type"),
                row.getInt("attempt"),
                row.getString("status"),
                (Integer) row.getObject("response_status"),
                row.getString("response_excerpt"),
                row.getString("error"),
                row.getInt("duration_ms"),
                instant(row, "attempted_at"),
                instant(row, "next_attempt_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
