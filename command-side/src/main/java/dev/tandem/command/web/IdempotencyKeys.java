package dev.tandem.command.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The stored answers of idempotent writes, one row per business and key. */
class IdempotencyKeys {

    sealed interface Claim permits Claimed, Stored {}

    /** The key was free and is now held by this request. */
    record Claimed() implements Claim {}

    /** The key is taken: by a finished request (status set) or one still running (status null). */
    record Stored(String requestHash, Integer status, String contentType, Map<String, String> headers, byte[] body)
            implements Claim {}

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the key atomically; two concurrent requests with one key cannot both run. */
    Claim claim(UUID businessId, String key, String requestHash) {
        int inserted = jdbc.update(
                "insert into idempotency_key (business_id, key, request_hash) values (?, ?, ?) on conflict do nothing",
                businessId,
                key,
                requestHash);
        if (inserted == 1) {
            return new Claimed();
        }
        return jdbc.queryForObject(
                "select request_hash, status, content_type, headers, body from idempotency_key"
                        + " where business_id = ? and key = ?",
                (rs, row) -> new Stored(
                        rs.getString("request_hash"),
                        (Integer) rs.getObject("status"),
                        rs.getString("content_type"),
                        headersOf(rs.getString("headers")),
                        rs.getBytes("body")),
                businessId,
                key);
    }

    void remember(
            UUID businessId, String key, int status, String contentType, String etag, String location, byte[] body) {
        jdbc.update(
                "update idempotency_key set status = ?, content_type = ?, headers = ?, body = ?"
                        + " where business_id = ? and key = ?",
                status,
                contentType,
                headerText(etag, location),
                body,
                businessId,
                key);
    }

    void release(UUID businessId, String key) {
        jdbc.update(
                "delete from idempotency_key where business_id = ? and key = ? and status is null", businessId, key);
    }

    private static String headerText(String etag, String location) {
        var lines = new StringBuilder();
        if (etag != null) {
            lines.append("ETag: ").append(etag).append('\n');
        }
        if (location != null) {
            lines.append("Location: ").append(location).append('\n');
        }
        return lines.toString();
    }

    private static Map<String, String> headersOf(String text) {
        var headers = new LinkedHashMap<String, String>();
        if (text != null) {
            text.lines()
                    .map(line -> line.split(": ", 2))
                    .filter(parts -> parts.length == 2)
                    .forEach(parts -> headers.put(parts[0], parts[1]));
        }
        return headers;
    }
}
