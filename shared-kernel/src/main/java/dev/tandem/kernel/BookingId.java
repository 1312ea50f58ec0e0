package dev.tandem.kernel;

import java.util.Objects;
import java.util.UUID;

/** Identifies a booking. */
public record BookingId(UUID value) {

    public BookingId {
        Objects.requireNonNull(value, "booking id");
    }

    public static BookingId newId() {
        return new BookingId(UUID.randomUUID());
    }

    public static BookingId of(String value) {
        return new BookingId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
