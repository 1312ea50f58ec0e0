package dev.tandem.query.geocoding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The address search service.
 *
 * @param url base URL of a Nominatim-compatible service ({@code /search?format=jsonv2&q=}); blank turns address
 *     search off, and addresses are then placed by their coordinates
 * @param timeout how long one search may take before the form says the service is unavailable
 * @param results how many candidates to offer
 */
@ConfigurationProperties("tandem.geocoding")
public record GeocodingProperties(
        @DefaultValue("https://nominatim.openstreetmap.org") String url,
        @DefaultValue("3s") Duration timeout,
        @DefaultValue("5") int results) {}
