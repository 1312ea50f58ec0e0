package dev.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EarningsTests {

    private static final Earnings SPLIT = new Earnings(10_000, 2500, 7500, 0);

    @Test
    void tipsGoToTheProviderButAreKeptApart() {
        Earnings tipped = SPLIT.withTip(500);

        assertThat(tipped).isEqualTo(new Earnings(10_000, 2500, 7500, 500));
        assertThat(tipped.providerTotalCents()).isEqualTo(3000);
    }

    @Test
    void tipsAccumulate() {
        assertThat(SPLIT.withTip(500).withTip(250).tipCents()).isEqualTo(750);
        assertThat(SPLIT.tipCents()).isZero();
    }

    @Test
    void allowsANegativeBusinessCommission() {
        assertThat(new Earnings(5000, 6000, -1000, 0).businessCommissionCents()).isEqualTo(-1000);
    }

    @Test
    void rejectsANegativeTip() {
        assertThatThrownBy(() -> SPLIT.withTip(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tip must not be negative");
    }

    @Test
    void rejectsACommissionThatDoesNotBalance() {
        assertThatThrownBy(() -> new Earnings(10_000, 2500, 7000, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must equal gross 10000 minus provider earnings 2500");
    }

    @Test
    void rejectsNegativeGrossOrProviderEarnings() {
        assertThatThrownBy(() -> new Earnings(-1, 0, -1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gross must not be negative");
        assertThatThrownBy(() -> new Earnings(0, -1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("provider earnings must not be negative");
    }
}
