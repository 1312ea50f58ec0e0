package dev.tandem.query.booking;

import dev.tandem.api.errors.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page of a booking list starts: after this scheduled start and booking id. Opaque to
 * clients; keyset paging stays stable while bookings are added before the position.
 */
record BookingCursor(Instant scheduledStart, UUID bookingId) {

    static BookingCursor after(BookingEntry last) {
        return new BookingCursor(last.scheduledStart(), last.bookingId());
    }

    String encode() {
        String text = scheduledStart + "|" + bookingId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static BookingCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new BookingCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list gave out");
        }
    }
}
