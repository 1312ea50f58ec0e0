package dev.tandem.api.errors;

/** The request is well-formed but clashes with the current state: an illegal transition, a taken slot. */
public class ConflictException extends TandemException {

    public ConflictException(String message) {
        super(message);
    }
}
