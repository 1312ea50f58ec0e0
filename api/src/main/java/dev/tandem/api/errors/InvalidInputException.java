package dev.tandem.api.errors;

/** A value the caller sent breaks a rule that only the domain can check; names the offending field. */
public class InvalidInputException extends TandemException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
