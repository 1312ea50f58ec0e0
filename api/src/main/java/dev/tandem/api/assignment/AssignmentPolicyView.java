package dev.tandem.api.assignment;

/**
 * The weights a business ranks providers by, as its admins see them; {@code version} is the business
 * aggregate's sequence number (the policy belongs to the business).
 */
public record AssignmentPolicyView(double distance, double workload, double rating, double completion, long version) {

    public static AssignmentPolicyView of(AssignmentWeights weights, long version) {
        return new AssignmentPolicyView(
                weights.distance(), weights.workload(), weights.rating(), weights.completion(), version);
    }
}
