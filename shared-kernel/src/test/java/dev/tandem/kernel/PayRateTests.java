package dev.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayRateTests {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void acceptsAHundredPercent() {
        assertThat(new PayRate(PayRateType.PERCENTAGE, 10_000, FROM).amount()).isEqualTo(10_000);
    }

    @Test
    void allowsHourlyAndFlatAmountsAboveTenThousand() {
        assertThat(new PayRate(PayRateType.HOURLY, 50_000, FROM).amount()).isEqualTo(50_000);
        assertThat(new PayRate(PayRateType.FLAT, 50_000, FROM).amount()).isEqualTo(50_000);
    }

    @Test
    void rejectsAPercentageAboveAHundred() {
        assertThatThrownBy(() -> new PayRate(PayRateType.PERCENTAGE, 10_001, FROM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 10000 basis points");
    }

    @Test
    void rejectsANegativeAmount() {
        assertThatThrownBy(() -> new PayRate(PayRateType.FLAT, -1, FROM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
    }

    @Test
    void rejectsAMissingTypeOrStart() {
        assertThatThrownBy(() -> new PayRate(null, 1, FROM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("type is required");
        assertThatThrownBy(() -> new PayRate(PayRateType.FLAT, 1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("effectiveFrom is required");
    }
}
