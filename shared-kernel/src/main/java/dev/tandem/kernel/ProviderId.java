package dev.tandem.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifies a provider. */
public record ProviderId(UUID value) {

    public ProviderId {
        Objects.requireNonNull(value, "provider id");
    }

    public static ProviderId newId() {
        return new ProviderId(UUID.randomUUID());
    }

    public static ProviderId of(String value) {
        return new ProviderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
