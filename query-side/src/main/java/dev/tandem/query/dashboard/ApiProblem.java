package dev.tandem.query.dashboard;

import java.util.Map;

/** The API refused a write: its RFC 9457 answer, with the message for each field it named. */
final class ApiProblem extends RuntimeException {

    private final int status;
    private final Map<String, String> fieldErrors;

    ApiProblem(int status, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    int status() {
        return status;
    }

    /** Field name (dotted for nested fields, as the API names them) to message. */
    Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
