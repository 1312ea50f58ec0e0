package dev.tandem.command.booking;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The business rules of a booking that a deployment may tune.
 *
 * @param earlyStart how long before its scheduled start a job may be started at the earliest: a job started hours
 *     early (a tap on the wrong job) would pay an hourly provider for the wait and show the customer's job as
 *     under way when nobody is there
 */
@ConfigurationProperties("tandem.booking")
public record BookingProperties(@DefaultValue("60m") Duration earlyStart) {

    public BookingProperties {
        if (earlyStart == null || earlyStart.isNegative()) {
            throw new IllegalArgumentException("tandem.booking.early-start must be zero or more");
        }
    }
}
