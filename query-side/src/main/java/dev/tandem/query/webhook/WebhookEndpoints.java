package dev.tandem.query.webhook;

import dev.tandem.api.webhook.WebhookEndpointView;
import dev.tandem.kernel.BusinessId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The endpoints table ({@code webhook_endpoint}), under row-level security: every method runs in a transaction
 * whose tenant is the business (a request's, or the handled event's).
 */
@Component
class WebhookEndpoints {

    /** An endpoint with what only the sender needs: its secrets and its run of failed deliveries. */
    record Endpoint(
            UUID id,
            BusinessId business,
            String url,
            String description,
            List<String> eventTypes,
            String secret,
            String previousSecret,
            Instant previousSecretUntil,
            boolean enabled,
            String disabledReason,
            int failedInARow,
            Instant createdAt) {

        static final String EVERY_TYPE = "*";

        boolean wants(String type) {
            return enabled && (eventTypes.contains(EVERY_TYPE) || eventTypes.contains(type));
        }

        /** The secrets that sign a delivery now: the current one, and the previous one for a day after a rotation. */
        List<String> signingSecrets(Instant now) {
            return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                    ? List.of(secret, previousSecret)
                    : List.of(secret);
        }

        WebhookEndpointView view() {
            return new WebhookEndpointView(
                    id.toString(), url, description, eventTypes, enabled, disabledReason, createdAt);
        }
    }

    private static final String COLUMNS = """
            endpoint_id, business_id, url, description, event_types, secret, previous_secret,
            previous_secret_until, enabled, disabled_reason, failed_in_a_row, created_at""";

    private final JdbcTemplate jdbc;

    WebhookEndpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Endpoint endpoint, Instant now) {
        jdbc.update(
                """
                insert into webhook_endpoint (endpoint_id, business_id, url, description, event_types, secret,
                    enabled, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, true, ?, ?)""",
                endpoint.id(),
                endpoint.business().value(),
                endpoint.url(),
                endpoint.description(),
                types(endpoint.eventTypes()),
                endpoint.secret(),
                Timestamp.from(now),
                Timestamp.from(now));
    }

    List<Endpoint> all(BusinessId business) {
        return jdbc.query(
                "select " + COLUMNS + " from webhook_endpoint where business_id = ? order by created_at, endpoint_id",
                WebhookEndpoints::endpoint,
                business.value());
    }

    Optional<Endpoint> find(BusinessId business, UUID id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from webhook_endpoint where business_id = ? and endpoint_id = ?",
                        WebhookEndpoints::endpoint,
                        business.value(),
                        id)
                .stream()
                .findFirst();
    }

    int count(BusinessId business) {
        return jdbc.queryForObject(
                "select count(*) from webhook_endpoint where business_id = ?", Integer.class, business.value());
    }

    void change(Endpoint endpoint, Instant now) {
        jdbc.update(
                """
                update webhook_endpoint set url = ?, description = ?, event_types = ?, enabled = ?,
                    disabled_reason = ?, failed_in_a_row = ?, updated_at = ?
                 where endpoint_id = ?""",
                endpoint.url(),
                endpoint.description(),
                types(endpoint.eventTypes()),
                endpoint.enabled(),
                endpoint.disabledReason(),
                endpoint.failedInARow(),
                Timestamp.from(now),
                endpoint.id());
    }

    void rotate(UUID id, String secret, Instant previousUntil, Instant now) {
        jdbc.update("""
                update webhook_endpoint set previous_secret = secret, previous_secret_until = ?, secret = ?,
                    updated_at = ?
                 where endpoint_id = ?""", Timestamp.from(previousUntil), secret, Timestamp.from(now), id);
    }

    boolean delete(BusinessId business, UUID id) {
        return jdbc.update(
                        "delete from webhook_endpoint where business_id = ? and endpoint_id = ?", business.value(), id)
                == 1;
    }

    /** Counts a delivery failed for good; answers how many have in a row now. */
    int failedDelivery(UUID id) {
        return jdbc.queryForObject(
                "update webhook_endpoint set failed_in_a_row = failed_in_a_row + 1 where endpoint_id = ?"
                        + " returning failed_in_a_row",
                Integer.class,
                id);
    }

    void succeededDelivery(UUID id) {
        jdbc.update(
                "update webhook_endpoint set failed_in_a_row = 0 where endpoint_id = ? and failed_in_a_row > 0", id);
    }

    /** Turns the endpoint off unless it already is; answers whether it was on. */
    boolean disable(UUID id, String reason, Instant now) {
        return jdbc.update(
                        "update webhook_endpoint set enabled = false, disabled_reason = ?, updated_at = ?"
                                + " where endpoint_id = ? and enabled",
                        reason,
                        Timestamp.from(now),
                        id)
                == 1;
    }

    /** PostgreSQL's driver sends a String[] as a text array. */
    private static String[] types(List<String> types) {
        return types.toArray(String[]::new);
    }

    private static Endpoint endpoint(ResultSet row, int number) throws SQLException {
        Timestamp previousUntil = row.getTimestamp("previous_secret_until");
        return new Endpoint(
                row.getObject("endpoint_id", UUID.class),
                new BusinessId(row.getObject("business_id", UUID.class)),
                row.getString("url"),
                row.getString("description"),
                Arrays.asList((String[]) row.getArray("event_types").getArray()),
                row.getString("secret"),
                row.getString("previous_secret"),
                previousUntil == null ? null : previousUntil.toInstant(),
                row.getBoolean("enabled"),
                row.getString("disabled_reason"),
                row.getInt("failed_in_a_row"),
                row.getTimestamp("created_at").toInstant());
    }
}
