package dev.tandem.command.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private static final String OWNER = "owner@example.com";
    private static final String GUESSER = "198.51.100.9";
    private static final String HOME = "192.0.2.1";

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T09:00:00Z"));
    private final LoginThrottle throttle =
            new LoginThrottle(new LoginThrottleProperties(5, 20, 3, Duration.ofMinutes(15)), new MovableClock(now));

    @Test
    void aSourceMayFailAFewTimesBeforeItWaits() {
        failTimes(GUESSER, OWNER, 4);
        assertThat(throttle.waitBeforeTrying(OWNER, GUESSER)).isEmpty();

        failTimes(GUESSER, OWNER, 1);

        assertThat(throttle.waitBeforeTrying(OWNER, GUESSER)).hasValue(Duration.ofSeconds(1));
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheWindow() {
        failTimes(GUESSER, OWNER, 5);
        assertThat(throttle.waitBeforeTrying(OWNER, GUESSER)).hasValue(Duration.ofSeconds(1));
        failTimes(GUESSER, OWNER, 1);
        assertThat(throttle.waitBeforeTrying(OWNER, GUESSER)).hasValue(Duration.ofSeconds(2));
        failTimes(GUESSER, OWNER, 1);
        assertThat(throttle.waitBeforeTrying(OWNER, GUESSER)).hasValue(Duration.ofSeconds(4));

        failTimes(GUESSER, OWNER, 20);

        assertThat(throttle.waitBeforeTrying(OWNER, GUESSER)).hasValue(Duration.ofMinutes(15));
    }

    @Test
    void theOwnerSigningInFromElsewhereIsNotHeldBackByTheGuesser() {
        failTimes(GUESSER, OWNER, 12);

        assertThat(throttle.waitBeforeTrying(OWNER, HOME)).isEmpty();
    }

    @Test
    void theWaitRunsOutWithTime() {
        failTimes(GUESSER, OWNER, 7);

        now.set(now.get().plusSeconds(4));

        assertThat(throttle.waitBeforeTrying(OWNER, GUESSER)).isEmpty();
    }

    @Test
    void aSuccessClearsItsSourcesCount() {
        failTimes(HOME, OWNER, 4);
        throttle.recordSuccess(OWNER, HOME);
        failTimes(HOME, OWNER, 4);

        assertThat(throttle.waitBeforeTrying(OWNER, HOME)).isEmpty();
    }

    @Test
    void anAddressSprayingManyAccountsWaitsForAllOfThem() {
        for (int account = 0; account < 20; account++) {
            failTimes(GUESSER, "user" + account + "@example.com", 1);
        }

        assertThat(throttle.waitBeforeTrying("someone.else@example.com", GUESSER))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive());
        assertThat(throttle.waitBeforeTrying("someone.else@example.com", HOME)).isEmpty();
    }

    @Test
    void signUpsAreLimitedPerAddress() {
        for (int signUp = 0; signUp < 3; signUp++) {
            assertThat(throttle.waitBeforeSigningUp(GUESSER)).isEmpty();
        }

        assertThat(throttle.waitBeforeSigningUp(GUESSER))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive());
        assertThat(throttle.waitBeforeSigningUp(HOME)).isEmpty();
    }

    private void failTimes(String address, String email, int times) {
        for (int failure = 0; failure < times; failure++) {
            throttle.recordFailure(email, address);
        }
    }

    private static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(AtomicReference<Instant> now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
