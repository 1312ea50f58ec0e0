package dev.tandem.api.errors;

import java.util.Map;

/**
 * The request is well-formed but clashes with the current state: an illegal transition, a taken slot. The
 * details, when there are any, join the problem answer as its further members (the jobs in the way, say).
 */
public class ConflictException extends TandemException {

    private final transient Map<String, Object> details;

    public ConflictException(String message) {
        this(message, Map.of());
    }

    public ConflictException(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    public Map<String, Object> details() {
        return details;
    }
}
