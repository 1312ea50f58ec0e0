package dev.tandem.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBodySize largest request body accepted; larger ones answer 413 before anything is parsed
 * @param maxWritesInFlight writes to the API handled at once; more wait {@code writeAdmissionWait} for a place
 *     and are otherwise refused with 503 and {@code Retry-After}
 * @param writeAdmissionWait how long a write waits for a place before it is refused
 * @param businessWritesPerSecond writes to the API one business may make per second (with a burst of twice
 *     as many); more are refused with 429 and {@code Retry-After}
 * @param requestTimeout the time a request has to be answered: its transactions time out at it (503) and its
 *     wait for the projections ends at it
 */
@ConfigurationProperties("tandem.web")
public record WebProperties(
        @DefaultValue("256KB") DataSize maxBodySize,
        @DefaultValue("16") int maxWritesInFlight,
        @DefaultValue("200ms") Duration writeAdmissionWait,
        @DefaultValue("200") int businessWritesPerSecond,
        @DefaultValue("10s") Duration requestTimeout) {}
