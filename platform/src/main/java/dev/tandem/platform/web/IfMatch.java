package dev.tandem.platform.web;

import java.util.Optional;

/**
 * The version a write expects, from an {@code If-Match: "<version>"} header. A stale one answers 412,
 * where a stale {@code expectedVersion} in the body answers 409, as the API promises.
 */
public record IfMatch(Optional<Long> version) {

    static final String PRESENT = IfMatch.class.getName() + ".present";

    /** The header's version, else the body's {@code expectedVersion}, else none. */
    public Long orElse(Long expectedVersion) {
        return version.orElse(expectedVersion);
    }
}
