package dev.tandem.command.booking;

import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.TimeRange;

/**
 * The time each provider's bookings hold, kept beside the events in the same transaction, so two bookings
 * of one provider can never overlap however many commands race (docs/api.md, Consistency).
 */
interface BookedSlots {

    /**
     * Holds the slot for the booking, moving it if the booking held another one.
     *
     * @throws dev.tandem.api.errors.ConflictException when another booking of the provider overlaps it
     */
    void reserve(BookingId bookingId, BusinessId businessId, ProviderId providerId, TimeRange during);

    /** Frees the booking's slot, if it held one. */
    void release(BookingId bookingId);
}
