package dev.tandem.command.account;

import java.time.Duration;

/** Too many failed logins for an account from one address or from an address overall, or too many sign-ups from an address; answered 429 with Retry-After. */
class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    TooManyAttemptsException(Duration retryAfter) {
        super("Too many failed attempts. Try again later.", null, false, false);
        this.retryAfter = retryAfter;
    }

    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
