package dev.tandem.command.booking;

import dev.tandem.api.errors.ConflictException;
import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.TimeRange;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The booked_slot table's rule in memory: one provider's slots never overlap. */
class FakeBookedSlots implements BookedSlots {

    record Slot(ProviderId providerId, TimeRange during) {}

    private final Map<BookingId, Slot> slots = new HashMap<>();

    @Override
    public void reserve(BookingId bookingId, BusinessId businessId, ProviderId providerId, TimeRange during) {
        boolean taken = slots.entrySet().stream()
                .anyMatch(other -> !other.getKey().equals(bookingId)
                        && other.getValue().providerId().equals(providerId)
                        && other.getValue().during().overlaps(during));
        if (taken) {
            throw new ConflictException("The provider already has a booking at that time.");
        }
        slots.put(bookingId, new Slot(providerId, during));
    }

    @Override
    public void release(BookingId bookingId) {
        slots.remove(bookingId);
    }

    Optional<Slot> of(BookingId bookingId) {
        return Optional.ofNullable(slots.get(bookingId));
    }
}
