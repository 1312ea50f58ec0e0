package dev.tandem.query.dashboard;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map an address's pin is placed on.
 *
 * @param tiles URL template of the map's tiles ({@code {z}}, {@code {x}}, {@code {y}}, and {@code {s}} for a
 *     subdomain); blank draws the pin on a plain background (no tiles fetched)
 * @param attribution the credit the tiles' provider asks for, shown in the map's corner
 */
@ConfigurationProperties("tandem.maps")
public record MapProperties(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
        String tiles,

        @DefaultValue("© OpenStreetMap contributors") String attribution) {

    /**
     * Where the tiles come from, for the pages' content security policy: the template's scheme, host and port,
     * a subdomain placeholder allowing any subdomain; empty without tiles.
     */
    String tileSource() {
        if (tiles == null || tiles.isBlank()) {
            return "";
        }
        URI template = URI.create(tiles.replace("{s}", "subdomain").replaceAll("[{}]", ""));
        String host = template.getHost().replace("subdomain", "*");
        return template.getScheme() + "://" + host + (template.getPort() == -1 ? "" : ":" + template.getPort());
    }
}
