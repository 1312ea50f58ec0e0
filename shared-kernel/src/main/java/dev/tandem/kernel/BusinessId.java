package dev.tandem.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifies a business. */
public record BusinessId(UUID value) {

    public BusinessId {
        Objects.requireNonNull(value, "business id");
    }

    public static BusinessId newId() {
        return new BusinessId(UUID.randomUUID());
    }

    public static BusinessId of(String value) {
        return new BusinessId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
