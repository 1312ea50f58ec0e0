package dev.tandem.query.assignment;

import dev.tandem.kernel.GeoPoint;
import dev.tandem.kernel.TimeRange;
import dev.tandem.kernel.WeeklySchedule;
import java.util.List;
import java.util.Set;

/** What {@link Ranking} is given: the job, and per provider what decides whether and how well it fits. */
final class RankingInputs {

    private RankingInputs() {}

    /** The booking to find a provider for; {@code location} is where the customer is (null: unknown). */
    /** A job to rank providers for; {@code skill} is the one it needs (null: none), at first named like its service. */
    record Job(String bookingId, String service, String skill, GeoPoint location, TimeRange slot) {

        Job(String bookingId, String service, GeoPoint location, TimeRange slot) {
            this(bookingId, service, service, location, slot);
        }

        Job needing(String catalogueSkill) {
            return new Job(bookingId, service, catalogueSkill, location, slot);
        }
    }

    /** Another booking a provider holds, where it takes place (null: unknown). */
    record BookedJob(String bookingId, TimeRange slot, GeoPoint location) {}

    /**
     * A provider as the ranking sees it.
     *
     * @param skills its skills, normalised (lower case)
     * @param booked its bookings that hold its time around the job (a day either side at least)
     * @param timeOff its time off around the job
     * @param notCompleted its jobs cancelled or declined, against {@code completed}, for the completion rate
     */
    record ProviderFacts(
            String providerId,
            boolean active,
            String status,
            Set<String> skills,
            GeoPoint home,
            Integer serviceRadiusKm,
            WeeklySchedule weeklyHours,
            List<TimeRange> timeOff,
            List<BookedJob> booked,
            int completed,
            int notCompleted,
            int ratings,
            long ratingStars) {}
}
