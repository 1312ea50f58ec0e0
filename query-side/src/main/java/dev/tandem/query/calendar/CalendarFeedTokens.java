package dev.tandem.query.calendar;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.tenancy.TenantTransactions;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The secret tokens of the calendar feeds ({@code calendar_feed}): one per provider, one for the whole business.
 * A token is the business's id and 24 random bytes, base64url: the business tells which tenant's row to read,
 * the random part (192 bits) is the secret. A feed gets its token when it is first asked for; a reset replaces it
 * and the old address stops working at once.
 */
@Component
class CalendarFeedTokens {

    /** Whose bookings a feed shows: one provider's, or the whole business's ({@code provider} empty). */
    record Feed(BusinessId business, Optional<ProviderId> provider) {}

    private static final int SECRET_BYTES = 24;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final JdbcTemplate jdbc;
    private final TenantTransactions transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeedTokens(JdbcTemplate jdbc, TenantTransactions transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The feed's token, made now if it has none yet. */
    String tokenOf(Feed feed) {
        return transactions.inBusiness(
                feed.business(),
                () -> current(feed).orElseGet(() -> {
                    jdbc.update(
                            """
                        insert into calendar_feed (business_id, provider_id, feed_token, created_at) values (?, ?, ?, ?)
                        on conflict do nothing""",
                            feed.business().value(),
                            providerOf(feed),
                            newToken(feed.business()),
                            Timestamp.from(clock.instant()));
                    // Two first requests at once: both answer the one token that was kept.
                    return current(feed).orElseThrow();
                }));
    }

    /** A new token for the feed; the old one stops working. */
    String reset(Feed feed) {
        return transactions.inBusiness(feed.business(), () -> {
            jdbc.update(
                    "delete from calendar_feed where business_id = ? and provider_id is not distinct from ?",
                    feed.business().value(),
                    providerOf(feed));
            String token = newToken(feed.business());
            jdbc.update(
                    "insert into calendar_feed (business_id, provider_id, feed_token, created_at) values (?, ?, ?, ?)",
                    feed.business().value(),
                    providerOf(feed),
                    token,
                    Timestamp.from(clock.instant()));
            return token;
        });
    }

    /** The feed a token opens, if it is a token in use. */
    Optional<Feed> feedOf(String token) {
        Optional<BusinessId> business = businessOf(token);
        if (business.isEmpty()) {
            return Optional.empty();
        }
        return transactions.inBusiness(
                business.get(),
                () -> jdbc
                        .query(
                                "select provider_id from calendar_feed where feed_token = ?",
                                (row, number) -> new Feed(
                                        business.get(),
                                        Optional.ofNullable(row.getObject(1, UUID.class))
                                                .map(ProviderId::new)),
                                token)
                        .stream()
                        .findFirst());
    }

    private Optional<String> current(Feed feed) {
        return jdbc
                .queryForList(
                        "select feed_token from calendar_feed where business_id = ? and provider_id is not distinct from ?",
                        String.class,
                        feed.business().value(),
                        providerOf(feed))
                .stream()
                .findFirst();
    }

    private String newToken(BusinessId business) {
        var bytes = ByteBuffer.allocate(16 + SECRET_BYTES);
        bytes.putLong(business.value().getMostSignificantBits());
        bytes.putLong(business.value().getLeastSignificantBits());
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        bytes.put(secret);
        return ENCODER.encodeToString(bytes.array());
    }

    private static Optional<BusinessId> businessOf(String token) {
        try {
            byte[] bytes = DECODER.decode(token);
            if (bytes.length != 16 + SECRET_BYTES) {
                return Optional.empty();
            }
            var buffer = ByteBuffer.wrap(bytes);
            return Optional.of(new BusinessId(new UUID(buffer.getLong(), buffer.getLong())));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static UUID providerOf(Feed feed) {
        return feed.provider().map(ProviderId::value).orElse(null);
    }
}
