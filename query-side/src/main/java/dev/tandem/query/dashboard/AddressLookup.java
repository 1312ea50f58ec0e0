package dev.tandem.query.dashboard;

import dev.tandem.query.geocoding.Geocoder;
import dev.tandem.query.geocoding.GeocodingUnavailableException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Places an address typed in a form: by the place the user picked among those found, by the only place found,
 * or by coordinates typed in when the address service is unavailable. Several places found are offered to pick
 * from; none found is said next to the address.
 */
@Component
class AddressLookup {

    /** Where the address is; or the places to pick from; or why it could not be placed (with its field). */
    record Placed(Double lat, Double lng, List<Geocoder.Place> choices, String field, String problem) {

        boolean isPlaced() {
            return lat != null && lng != null;
        }
    }

    private final Geocoder geocoder;

    AddressLookup(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /**
     * @param prefix the form's prefix of the address fields: {@code <prefix>Address}, {@code <prefix>Place}
     *     (a picked "lat,lng"), {@code <prefix>Lat} and {@code <prefix>Lng} (typed coordinates)
     */
    Placed place(Map<String, String> form, String prefix) {
        String picked = form.getOrDefault(prefix + "Place", "");
        if (picked.contains(",")) {
            String[] latLng = picked.split(",", 2);
            Double lat = number(latLng[0]);
            Double lng = number(latLng[1]);
            if (lat != null && lng != null) {
                return new Placed(lat, lng, List.of(), null, null);
            }
        }
        Double typedLat = number(form.getOrDefault(prefix + "Lat", ""));
        Double typedLng = number(form.getOrDefault(prefix + "Lng", ""));
        if (typedLat != null && typedLng != null) {
            return new Placed(typedLat, typedLng, List.of(), null, null);
        }
        String address = form.getOrDefault(prefix + "Address", "").trim();
        if (address.isEmpty()) {
            return new Placed(null, null, List.of(), prefix + "Address", "Enter the address.");
        }
        try {
            List<Geocoder.Place> found = geocoder.search(address);
            if (found.size() == 1) {
                return new Placed(found.getFirst().lat(), found.getFirst().lng(), found, null, null);
            }
            if (found.isEmpty()) {
                return new Placed(
                        null,
                        null,
                        found,
                        prefix + "Address",
                        "This address was not found: check it (street, number, town).");
            }
            return new Placed(null, null, found, prefix + "Place", "Several places match: pick the right one.");
        } catch (GeocodingUnavailableException unavailable) {
            return new Placed(
                    null,
                    null,
                    List.of(),
                    prefix + "Lat",
                    "The address could not be looked up just now: enter its latitude and longitude.");
        }
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException | NullPointerException notANumber) {
            return null;
        }
    }
}
