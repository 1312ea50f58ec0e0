package dev.tandem.command.assignment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How auto-assignment behaves.
 *
 * @param enabled whether the assignment saga runs (on unless set to false)
 * @param offerTimeout how long a provider has to confirm an offered booking before it goes to the next one
 */
@ConfigurationProperties("tandem.assignment")
public record AssignmentProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("15m") Duration offerTimeout) {}
