package dev.tandem.api.errors;

/**
 * The thing asked for does not exist for the caller. Also thrown when it exists in another business
 * or belongs to another provider: the caller must not learn that it exists.
 */
public class NotFoundException extends TandemException {

    public NotFoundException(String message) {
        super(message);
    }
}
