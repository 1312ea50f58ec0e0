package dev.tandem.command.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins are allowed before login answers 429 for a while.
 *
 * @param failuresPerEmail failed logins for one email within {@code window}
 * @param failuresPerAddress failed logins from one client address within {@code window}
 * @param window the period over which failures are counted (and over which the allowance refills)
 */
@ConfigurationProperties("tandem.security.login-throttle")
record LoginThrottleProperties(
        @DefaultValue("5") int failuresPerEmail,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("15m") Duration window) {}
