package dev.tandem.api.assignment;

/**
 * The weights a business ranks providers by and the minutes a provider has to confirm an offer (null until the
 * business chooses: the server's default), as its admins see them; {@code version} is the business aggregate's
 * sequence number (the policy belongs to the business).
 */
public record AssignmentPolicyView(
        double distance, double workload, double rating, double completion, Integer offerTimeoutMinutes, long version) {

    public static AssignmentPolicyView of(AssignmentWeights weights, Integer offerTimeoutMinutes, long version) {
        return new AssignmentPolicyView(
                weights.distance(),
                weights.workload(),
                weights.rating(),
                weights.completion(),
                offerTimeoutMinutes,
                version);
    }
}
