package dev.tandem.api.assignment;

import java.util.List;

/**
 * The answer to {@link RankProvidersQuery}: the eligible providers best first (ties broken the same way
 * every time), and every other provider with why it cannot take the booking.
 */
public record ProviderRanking(String bookingId, List<Candidate> candidates, List<Exclusion> excluded) {

    /** An eligible provider, its score (higher is better) and the reasons for it, in words. */
    public record Candidate(String providerId, double score, List<String> reasons) {}

    /** A provider that cannot take the booking, and why, in words. */
    public record Exclusion(String providerId, String why) {}

    public boolean nobodyFits() {
        return candidates.isEmpty();
    }
}
