package dev.tandem.query.geocoding;

/** The address service could not be asked, or did not answer in time: the address is entered another way. */
public class GeocodingUnavailableException extends RuntimeException {

    public GeocodingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
