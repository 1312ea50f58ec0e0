package dev.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayRateHistoryTests {

    private static final Instant JAN = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2025-03-01T00:00:00Z");
    private static final PayRate QUARTER = new PayRate(PayRateType.PERCENTAGE, 2500, JAN);
    private static final PayRate THIRD = new PayRate(PayRateType.PERCENTAGE, 3000, MAR);

    @Test
    void keepsRatesSortedByWhenTheyTakeEffect() {
        assertThat(new PayRateHistory(List.of(THIRD, QUARTER)).rates()).containsExactly(QUARTER, THIRD);
    }

    @Test
    void picksTheLatestRateThatHadStartedAtTheInstant() {
        PayRateHistory history = PayRateHistory.empty().with(QUARTER).with(THIRD);

        assertThat(history.rateInEffectAt(Instant.parse("2025-02-15T10:00:00Z")))
                .contains(QUARTER);
        assertThat(history.rateInEffectAt(MAR.minusNanos(1))).contains(QUARTER);
        assertThat(history.rateInEffectAt(MAR)).contains(THIRD);
        assertThat(history.rateInEffectAt(Instant.parse("2026-01-01T00:00:00Z")))
                .contains(THIRD);
    }

    @Test
    void hasNoRateBeforeTheFirstOneStarts() {
        assertThat(PayRateHistory.empty().with(QUARTER).rateInEffectAt(JAN.minusSeconds(1)))
                .isEmpty();
        assertThat(PayRateHistory.empty().rateInEffectAt(JAN)).isEmpty();
    }

    @Test
    void withLeavesTheOriginalHistoryUntouched() {
        PayRateHistory original = PayRateHistory.empty().with(QUARTER);

        PayRateHistory changed = original.with(THIRD);

        assertThat(original.rates()).containsExactly(QUARTER);
        assertThat(changed.rates()).containsExactly(QUARTER, THIRD);
    }

    @Test
    void isNotChangedByEditingTheListItWasBuiltFrom() {
        List<PayRate> source = new ArrayList<>(List.of(QUARTER));
        PayRateHistory history = new PayRateHistory(source);

        source.add(THIRD);

        assertThat(history.rates()).containsExactly(QUARTER);
        assertThatThrownBy(() -> history.rates().add(THIRD)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsTwoRatesStartingAtTheSameInstant() {
        PayRateHistory history = PayRateHistory.empty().with(QUARTER);

        assertThatThrownBy(() -> history.with(new PayRate(PayRateType.FLAT, 1000, JAN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same instant");
    }

    @Test
    void rejectsAMissingRate() {
        assertThatThrownBy(() -> PayRateHistory.empty().with(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing rate");
    }
}
