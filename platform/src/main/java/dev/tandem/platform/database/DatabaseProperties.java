package dev.tandem.platform.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Tandem's PostgreSQL is.
 *
 * @param url JDBC URL of an external server; blank starts an embedded PostgreSQL instead
 * @param user login for the external server; it owns the schema and runs the migrations
 * @param password that login's password
 * @param dataDir where the embedded server keeps its files between runs
 * @param persistent false keeps the embedded server's files in a temporary folder (tests)
 * @param databaseName the database inside the embedded server
 * @param applicationRole the role every application connection switches to: no owner, no superuser,
 *     no BYPASSRLS, so row-level security holds for it
 * @param maxPoolSize connections the application pool may open
 * @param durable whether the embedded server flushes each commit to disk before answering (fsync and
 *     synchronous commit on), so that nothing acknowledged is lost when the machine or the server crashes;
 *     tests turn it off for speed, their data being thrown away anyway
 * @param connectionWait how long a request waits for a database connection before it answers 503 (the
 *     database gone, or every connection busy)
 * @param statementTimeout how long one statement may run before PostgreSQL cancels it
 * @param lockTimeout how long a statement waits for a row another transaction holds before it gives up
 * @param serverSettings further settings of the embedded server, by their postgresql.conf names (for
 *     diagnostics: {@code shared_preload_libraries=pg_stat_statements}, as the idle benchmark sets)
 */
@ConfigurationProperties("tandem.database")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue("./.tandem") Path dataDir,
        @DefaultValue("true") boolean persistent,
        @DefaultValue("tandem") String databaseName,
        @DefaultValue("tandem_app") String applicationRole,
        @DefaultValue("10") int maxPoolSize,
        @DefaultValue("true") boolean durable,
        @DefaultValue("2s") Duration connectionWait,
        @DefaultValue("30s") Duration statementTimeout,
        @DefaultValue("5s") Duration lockTimeout,
        Map<String, String> serverSettings) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
