package dev.tandem.platform.security;

import dev.tandem.kernel.UserId;
import dev.tandem.platform.database.ListenedChannel;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Access tokens that stopped working before they expire. Each account has a session version, written into its
 * tokens ({@link TokenClaims#SESSION_VERSION}); signing out or being deactivated raises it, and a token of an
 * older version is refused. Checking a token asks this process's memory, never the database: it holds only
 * the accounts whose sessions ended within one access-token lifetime (older tokens have expired anyway),
 * learns of them at once when this process ends them, and from the account table's trigger (the
 * {@code tandem_sessions} channel) when another process does.
 */
public final class EndedSessions implements ListenedChannel, OAuth2TokenValidator<Jwt> {

    static final String CHANNEL = "tandem_sessions";
    private static final Logger log = LoggerFactory.getLogger(EndedSessions.class);
    private static final OAuth2Error ENDED =
            new OAuth2Error("invalid_token", "The session of this token has ended.", null);

    private final Duration remembered;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Map<UUID, Ended> endedByUser = new ConcurrentHashMap<>();

    private record Ended(long version, Instant at) {}

    public EndedSessions(Duration accessTokenTtl, ApplicationEventPublisher publisher, Clock clock) {
        this.remembered = accessTokenTtl;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object version = token.getClaims().get(TokenClaims.SESSION_VERSION);
        long tokenVersion = version instanceof Number number ? number.longValue() : 0;
        UUID user = userOf(token.getSubject());
        Ended ended = user == null ? null : endedByUser.get(user);
        return ended != null && tokenVersion < ended.version()
                ? OAuth2TokenValidatorResult.failure(ENDED)
                : OAuth2TokenValidatorResult.success();
    }

    /** The user's tokens of versions below this one stop working here, now. */
    public void ended(UserId user, long version, boolean accountClosed) {
        Instant now = clock.instant();
        endedByUser.values().removeIf(ended -> ended.at().plus(remembered).isBefore(now));
        Ended before = endedByUser.get(user.value());
        if (before != null && before.version() >= version) {
            return;
        }
        endedByUser.merge(
                user.value(),
                new Ended(version, now),
                (known, learnt) -> known.version() >= learnt.version() ? known : learnt);
        publisher.publishEvent(new SessionsEnded(user, accountClosed));
    }

    @Override
    public String name() {
        return CHANNEL;
    }

    /** Catches up with the sessions ended while nobody listened (before the start, or while reconnecting). */
    @Override
    public void listening(Connection connection) {
        String recent =
                "select id, session_version, active from account where sessions_ended_at > now() - make_interval("
                        + "secs => " + remembered.toSeconds() + ")";
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(recent)) {
            while (rows.next()) {
                ended(new UserId(rows.getObject(1, UUID.class)), rows.getLong(2), !rows.getBoolean(3));
            }
        } catch (SQLException e) {
            // The query side of a split deployment may start before the command side created the table.
            log.info("Could not read the recently ended sessions ({}); only those ended from now on", e.getMessage());
        }
    }

    @Override
    public void notified(List<PGNotification> notifications) {
        for (PGNotification notification : notifications) {
            // user:version:active, as the account table's trigger writes it
            String[] parts = notification.getParameter().split(":");
            UUID user = userOf(parts[0]);
            if (parts.length == 3 && user != null) {
                ended(new UserId(user), Long.parseLong(parts[1]), !Boolean.parseBoolean(parts[2]));
            }
        }
    }

    private static UUID userOf(String subject) {
        try {
            return subject == null ? null : UUID.fromString(subject);
        } catch (IllegalArgumentException notAUser) {
            return null;
        }
    }
}
