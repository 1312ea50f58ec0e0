package dev.tandem.command.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a chosen account out. Failures are counted per
 * account and client address: after a few, that source waits before its next attempt on that account, twice
 * as long after each further failure (up to the window), even with the right password — while the account's
 * owner, signing in from anywhere else, is not held back. An address that fails on many accounts (spraying
 * one password over many emails) drains a bucket of its own and waits as a whole. A success clears its
 * source's count for the account; counts fade after a window without failures. Sign-ups are limited per
 * address the same way. Counts live in memory, one set per command-side instance
 * (docs/adr/0003-accounts-and-tokens.md).
 */
@Component
class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Cache<String, Failures> failuresBySource;
    private final Cache<String, Bucket> buckets;

    /** A source's failures on one account, and when the last one happened. */
    private record Failures(int count, Instant last) {}

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.failuresBySource = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.window())
                .build();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(properties.window())
                .build();
    }

    /** How long the caller must wait before trying this account again from this address, if it must. */
    Optional<Duration> waitBeforeTrying(String email, String address) {
        Duration wait =
                max(backOff(failuresBySource.getIfPresent(sourceKey(email, address))), waitFor(addressBucket(address)));
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    void recordFailure(String email, String address) {
        Instant now = clock.instant();
        failuresBySource
                .asMap()
                .merge(
                        sourceKey(email, address),
                        new Failures(1, now),
                        (before, next) -> new Failures(before.count() + 1, now));
        addressBucket(address).tryConsume(1);
    }

    void recordSuccess(String email, String address) {
        failuresBySource.invalidate(sourceKey(email, address));
    }

    /** How long this address must wait before it may sign up another business, if it must. */
    Optional<Duration> waitBeforeSigningUp(String address) {
        Bucket signUps = buckets.get("signup:" + address, key -> bucket(properties.signUpsPerAddress()));
        if (signUps.tryConsume(1)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(signUps.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    /** 1 s after the free failures are spent, then 2 s, 4 s, ... never more than the window. */
    private Duration backOff(Failures failures) {
        if (failures == null || failures.count() < properties.failuresPerEmail()) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - properties.failuresPerEmail(), 30);
        Duration backOff = Duration.ofSeconds(1L << doublings);
        if (backOff.compareTo(properties.window()) > 0) {
            backOff = properties.window();
        }
        return Duration.between(clock.instant(), failures.last().plus(backOff));
    }

    private static Duration waitFor(Bucket bucket) {
        return bucket.getAvailableTokens() > 0
                ? Duration.ZERO
                : Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private static Duration max(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static String sourceKey(String email, String address) {
        return (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }

    private Bucket addressBucket(String address) {
        return buckets.get("address:" + address, key -> bucket(properties.failuresPerAddress()));
    }

    private Bucket bucket(int allowance) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(allowance)
                        .refillGreedy(allowance, properties.window())
                        .build())
                .build();
    }
}
