package dev.tandem.kernel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every pay rate a provider has had, oldest first, so a booking is paid at the rate in effect when it happened
 * even if the rate changed afterwards.
 */
public record PayRateHistory(List<PayRate> rates) {

    public PayRateHistory {
        if (rates == null) {
            throw new IllegalArgumentException("rates are required (use PayRateHistory.empty())");
        }
        List<PayRate> sorted = new ArrayList<>(rates.size());
        for (PayRate rate : rates) {
            if (rate == null) {
                throw new IllegalArgumentException("pay rate history must not contain a missing rate");
            }
            sorted.add(rate);
        }
        sorted.sort(Comparator.comparing(PayRate::effectiveFrom));
        // Two rates starting at the same instant would make rateInEffectAt ambiguous.
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two pay rates take effect at the same instant "
                        + sorted.get(i).effectiveFrom());
            }
        }
        rates = List.copyOf(sorted);
    }

    public static PayRateHistory empty() {
        return new PayRateHistory(List.of());
    }

    /** The latest rate whose effectiveFrom is at or before the instant; empty if none had started yet. */
    public Optional<PayRate> rateInEffectAt(Instant instant) {
        if (instant == null) {
            throw new IllegalArgumentException("instant is required");
        }
        for (int i = rates.size() - 1; i >= 0; i--) {
            if (!rates.get(i).effectiveFrom().isAfter(instant)) {
                return Optional.of(rates.get(i));
            }
        }
        return Optional.empty();
    }

    /** A new history that also holds the given rate; this one is left unchanged. */
    public PayRateHistory with(PayRate rate) {
        List<PayRate> extended = new ArrayList<>(rates);
        extended.add(rate);
        return new PayRateHistory(extended);
    }
}
