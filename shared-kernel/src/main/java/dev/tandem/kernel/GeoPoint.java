package dev.tandem.kernel;

/** A position on Earth in decimal degrees (WGS 84), e.g. where a customer wants a provider to come. */
public record GeoPoint(double lat, double lng) {

    /** Mean Earth radius (IUGG); the spherical model is accurate enough for travel estimates. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        // Written as negated range checks so that NaN is rejected too.
        if (!(lat >= -90.0 && lat <= 90.0)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, got " + lat);
        }
        if (!(lng >= -180.0 && lng <= 180.0)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, got " + lng);
        }
    }

    /** Great-circle distance by the haversine formula, which stays precise for short distances. */
    public double distanceKmTo(GeoPoint other) {
        if (other == null) {
            throw new IllegalArgumentException("other point is required");
        }
        double dLat = Math.toRadians(other.lat - lat);
        double dLng = Math.toRadians(other.lng - lng);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLng / 2), 2);
        // min() guards against rounding pushing h just above 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }
}
