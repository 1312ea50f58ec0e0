package dev.tandem.query.geocoding;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * {@link Geocoder} over a Nominatim-compatible {@code /search} (OpenStreetMap's public one by default, which asks
 * for a User-Agent and at most a search a second: the forms search only when asked).
 */
@Component
@EnableConfigurationProperties(GeocodingProperties.class)
class NominatimGeocoder implements Geocoder {

    private final GeocodingProperties properties;
    private final RestClient http;

    NominatimGeocoder(GeocodingProperties properties, RestClient.Builder builder) {
        this.properties = properties;
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.timeout());
        requests.setReadTimeout(properties.timeout());
        this.http = builder.clone()
                .requestFactory(requests)
                .defaultHeader("User-Agent", "Tandem (service business CRM)")
                .build();
    }

    @Override
    public List<Place> search(String address) {
        if (properties.url() == null || properties.url().isBlank()) {
            throw new GeocodingUnavailableException("Address search is turned off.", null);
        }
        try {
            JsonNode found = http.get()
                    .uri(properties.url() + "/search?format=jsonv2&limit={limit}&q={q}", properties.results(), address)
                    .retrieve()
                    .body(JsonNode.class);
            if (found == null || !found.isArray()) {
                return List.of();
            }
            return found.valueStream()
                    .map(place -> new Place(
                            place.path("display_name").asString(""),
                            Double.parseDouble(place.path("lat").asString("0")),
                            Double.parseDouble(place.path("lon").asString("0"))))
                    .toList();
        } catch (RestClientException | NumberFormatException e) {
            throw new GeocodingUnavailableException("The address service did not answer.", e);
        }
    }
}
