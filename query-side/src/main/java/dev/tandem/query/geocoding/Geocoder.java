package dev.tandem.query.geocoding;

import java.util.List;

/** Finds the places an address may mean, best first. */
public interface Geocoder {

    /** A place found: how the service writes it, and where it is. */
    record Place(String label, double lat, double lng) {}

    /**
     * At most a few candidates; empty when nothing matches.
     *
     * @throws GeocodingUnavailableException when the service cannot be asked or does not answer in time
     */
    List<Place> search(String address);
}
