package dev.tandem.command.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: failed logins drain a token bucket per email and one per client address;
 * while either is empty, login answers 429 with how long to wait. Successful logins cost nothing.
 * Buckets live in memory, one set per command-side instance (docs/adr/0003-accounts-and-tokens.md).
 */
@Component
class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final Cache<String, Bucket> buckets;

    LoginThrottle(LoginThrottleProperties properties) {
        this.properties = properties;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(properties.window())
                .build();
    }

    /** How long the caller must wait before trying again, if it must. */
    Optional<Duration> waitBeforeTrying(String email, String address) {
        long nanos = Math.max(waitNanos(emailBucket(email)), waitNanos(addressBucket(address)));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    void recordFailure(String email, String address) {
        emailBucket(email).tryConsume(1);
        addressBucket(address).tryConsume(1);
    }

    private static long waitNanos(Bucket bucket) {
        return bucket.getAvailableTokens() > 0
                ? 0
                : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket emailBucket(String email) {
        String key = "email:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        return buckets.get(key, k -> bucket(properties.failuresPerEmail()));
    }

    private Bucket addressBucket(String address) {
        return buckets.get("address:" + address, k -> bucket(properties.failuresPerAddress()));
    }

    private Bucket bucket(int failures) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(failures)
                        .refillGreedy(failures, properties.window())
                        .build())
                .build();
    }
}
