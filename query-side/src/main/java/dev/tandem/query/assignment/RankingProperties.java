package dev.tandem.query.assignment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the ranking judges travel (docs/ranking.md).
 *
 * @param travelSpeedKmh the average speed, along the great circle, a provider is taken to move between jobs
 *     at: city traffic door to door, parking included
 */
@ConfigurationProperties("tandem.assignment")
record RankingProperties(@DefaultValue("30") double travelSpeedKmh) {

    RankingProperties {
        if (!(travelSpeedKmh > 0)) {
            throw new IllegalArgumentException("tandem.assignment.travel-speed-kmh must be above 0");
        }
    }
}
