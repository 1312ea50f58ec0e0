package dev.tandem.command.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins and sign-ups are throttled ({@link LoginThrottle}).
 *
 * @param failuresPerEmail failed logins on one account from one client address before that source waits,
 *     1 s and then twice as long after each further failure
 * @param failuresPerAddress failed logins from one client address, on any accounts, within {@code window}
 * @param signUpsPerAddress new businesses signed up from one client address within {@code window}
 * @param window the period over which failures are counted, and the longest wait
 */
@ConfigurationProperties("tandem.security.login-throttle")
record LoginThrottleProperties(
        @DefaultValue("5") int failuresPerEmail,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("20") int signUpsPerAddress,
        @DefaultValue("15m") Duration window) {}
