package dev.tandem.command.business;

import dev.tandem.api.assignment.AssignmentWeights;
import dev.tandem.api.errors.InvalidInputException;

/**
 * The rules the ranking weights obey (each from 0 to {@link #MAX_WEIGHT}, and not all 0), and how long an offer
 * may stay open: a minute at least, a day at most.
 */
final class AssignmentPolicy {

    static final double MAX_WEIGHT = 100;
    static final int MAX_OFFER_TIMEOUT_MINUTES = 24 * 60;

    private AssignmentPolicy() {}

    static AssignmentWeights check(AssignmentWeights weights) {
        if (weights == null) {
            throw new InvalidInputException("weights", "are required");
        }
        check("distance", weights.distance());
        check("workload", weights.workload());
        check("rating", weights.rating());
        check("completion", weights.completion());
        if (weights.total() <= 0) {
            throw new InvalidInputException("weights", "must not all be 0: at least one factor has to count");
        }
        return weights;
    }

    static int checkOfferTimeout(int minutes) {
        if (minutes < 1 || minutes > MAX_OFFER_TIMEOUT_MINUTES) {
            throw new InvalidInputException(
                    "offerTimeoutMinutes", "must be between 1 and " + MAX_OFFER_TIMEOUT_MINUTES + " minutes");
        }
        return minutes;
    }

    private static void check(String field, double weight) {
        // Written as a negated range check so that NaN is refused too.
        if (!(weight >= 0 && weight <= MAX_WEIGHT)) {
            throw new InvalidInputException(field, "must be between 0 and " + (int) MAX_WEIGHT);
        }
    }
}
