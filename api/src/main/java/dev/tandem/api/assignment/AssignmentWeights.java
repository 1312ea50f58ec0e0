package dev.tandem.api.assignment;

/**
 * How much each factor counts in a provider's ranking score (docs/ranking.md): distance from home, the
 * day's workload, average rating and completion rate. Only their proportions matter; at least one is above 0.
 */
public record AssignmentWeights(double distance, double workload, double rating, double completion) {

    /** What a business ranks by until its admin changes it: nearness first, the rest shared equally. */
    public static final AssignmentWeights DEFAULTS = new AssignmentWeights(0.4, 0.2, 0.2, 0.2);

    public double total() {
        return distance + workload + rating + completion;
    }
}
