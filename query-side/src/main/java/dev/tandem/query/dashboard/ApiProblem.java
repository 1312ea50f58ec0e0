package dev.tandem.query.dashboard;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The API refused a write: its RFC 9457 answer, with the message for each field it named. */
final class ApiProblem extends RuntimeException {

    private final int status;
    private final Map<String, String> fieldErrors;
    private final transient JsonNode body;

    ApiProblem(int status, String detail, Map<String, String> fieldErrors, JsonNode body) {
        super(detail);
        this.status = status;
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.body = body;
    }

    /** The whole answer, for problems that carry more than the standard fields. */
    JsonNode body() {
        return body;
    }

    int status() {
        return status;
    }

    /** Field name (dotted for nested fields, as the API names them) to message. */
    Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
