package dev.tandem.command.provider;

import dev.tandem.kernel.BookingId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.TimeRange;
import java.time.Instant;
import java.util.List;

/**
 * The jobs a provider holds (assigned, confirmed or under way) that end after an instant: what a change of its
 * working hours or time off must leave covered.
 */
interface HeldJobs {

    record Job(BookingId bookingId, TimeRange during) {}

    /** By start. */
    List<Job> heldBy(ProviderId providerId, Instant endingAfter);
}
