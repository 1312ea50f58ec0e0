package dev.tandem.api.errors;

/**
 * A refusal the domain makes on purpose. The web layer turns each kind into its HTTP status; anything
 * else that escapes is a bug and answers 500 without details.
 */
public abstract class TandemException extends RuntimeException {

    protected TandemException(String message) {
        super(message, null, false, false);
    }
}
