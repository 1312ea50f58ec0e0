package dev.tandem.api.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A day's plan: who does each booking and when, why, what is left and why, and the travel against assigning the
 * bookings one by one ({@code greedyTravelMinutes}).
 */
public record DayPlanView(
        LocalDate date,
        List<Assignment> assignments,
        List<Unassigned> unassigned,
        long totalTravelMinutes,
        long greedyTravelMinutes,
        String score,
        long solvedInMs) {

    /** A booking given to a provider, starting then, after {@code travelMinutesBefore} on the road. */
    public record Assignment(
            String bookingId, String providerId, Instant start, long travelMinutesBefore, List<String> reasons) {}

    /** A booking nobody can take in this plan, with each reason. */
    public record Unassigned(String bookingId, List<String> why) {}
}
