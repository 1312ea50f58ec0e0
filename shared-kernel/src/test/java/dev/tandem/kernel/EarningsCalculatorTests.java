package dev.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EarningsCalculatorTests {

    private static final Instant JAN = Instant.parse("2025-01-01T00:00:00Z");

    @ParameterizedTest(name = "{0} {1} on price {2} for {3} -> provider {4}, business {5}")
    @CsvSource({
        // type,    amount, price,  worked,    provider, business
        "PERCENTAGE, 2500, 10000, PT1H,         2500,  7500",
        "PERCENTAGE, 2500,     2, PT0S,            0,     2", // 0.5 rounds down to even 0
        "PERCENTAGE, 2500,     6, PT0S,            2,     4", // 1.5 rounds up to even 2
        "PERCENTAGE, 2500,    10, PT0S,            2,     8", // 2.5 rounds down to even 2
        "PERCENTAGE, 2500,    14, PT0S,            4,    10", // 3.5 rounds up to even 4
        "PERCENTAGE, 3333,  1000, PT0S,          333,   667", // 333.3
        "PERCENTAGE, 6667,  1000, PT0S,          667,   333", // 666.7
        "PERCENTAGE, 10000, 4999, PT0S,         4999,     0",
        "PERCENTAGE, 0,     4999, PT0S,            0,  4999",
        "PERCENTAGE, 2500,     0, PT1H,            0,     0",
        "HOURLY,     3000,  5000, PT1H30M,      4500,   500",
        "HOURLY,     1000,  5000, PT7M,          117,  4883", // 116.67
        "HOURLY,     1000,  5000, PT13M,         217,  4783", // 216.67
        "HOURLY,       10,   100, PT3M,            0,   100", // 0.5 rounds down to even 0
        "HOURLY,       10,   100, PT9M,            2,    98", // 1.5 rounds up to even 2
        "HOURLY,       30,   100, PT5M,            2,    98", // 2.5 rounds down to even 2
        "HOURLY,     6000,  5000, PT59M59S,     5900,  -900", // partial minute is not paid
        "HOURLY,     6000,  5000, PT1H,         6000, -1000", // paid more than the price
        "HOURLY,     3000,     0, PT30M,        1500, -1500",
        "HOURLY,     3000,  5000, PT0S,            0,  5000",
        "FLAT,       2500, 10000, PT1H,         2500,  7500",
        "FLAT,       2500,     0, PT1H,         2500, -2500",
        "FLAT,       2500,  2000, PT5H,         2500,  -500",
        "FLAT,          0,  2000, PT1H,            0,  2000"
    })
    void splitsThePriceByRateType(
            PayRateType type, long amount, long price, Duration worked, long provider, long business) {
        Earnings earnings = EarningsCalculator.calculateProviderEarnings(new PayRate(type, amount, JAN), price, worked);

        assertThat(earnings).isEqualTo(new Earnings(price, provider, business, 0));
    }

    @Test
    void percentageRateRoundsHalfToEven() {
        PayRate quarter = new PayRate(PayRateType.PERCENTAGE, 2500, JAN);

        assertThat(EarningsCalculator.calculateProviderEarnings(quarter, 2, Duration.ZERO)
                        .providerEarningsCents())
                .isZero();
        assertThat(EarningsCalculator.calculateProviderEarnings(quarter, 6, Duration.ZERO)
                        .providerEarningsCents())
                .isEqualTo(2);
    }

    @Test
    void aRateChangedAfterTheBookingDoesNotChangeItsEarnings() {
        Instant raise = Instant.parse("2025-03-01T00:00:00Z");
        PayRateHistory history = PayRateHistory.empty()
                .with(new PayRate(PayRateType.PERCENTAGE, 2500, JAN))
                .with(new PayRate(PayRateType.PERCENTAGE, 4000, raise));
        Instant bookedAt = Instant.parse("2025-02-15T10:00:00Z");

        PayRate rate = history.rateInEffectAt(bookedAt).orElseThrow();
        Earnings earnings = EarningsCalculator.calculateProviderEarnings(rate, 10_000, Duration.ofHours(1));

        assertThat(earnings.providerEarningsCents()).isEqualTo(2500);
        assertThat(EarningsCalculator.calculateProviderEarnings(
                                history.rateInEffectAt(raise).orElseThrow(), 10_000, Duration.ofHours(1))
                        .providerEarningsCents())
                .isEqualTo(4000);
    }

    @Test
    void tipsAddToTheProviderWithoutChangingTheSplit() {
        Earnings earnings = EarningsCalculator.calculateProviderEarnings(
                new PayRate(PayRateType.PERCENTAGE, 2500, JAN), 10_000, Duration.ofHours(1));

        Earnings tipped = earnings.withTip(1000);

        assertThat(earnings.tipCents()).isZero();
        assertThat(tipped).isEqualTo(new Earnings(10_000, 2500, 7500, 1000));
        assertThat(tipped.providerTotalCents()).isEqualTo(3500);
    }

    @Test
    void doesNotLoseCentsOnLargePrices() {
        PayRate rate = new PayRate(PayRateType.PERCENTAGE, 3333, JAN);

        Earnings earnings = EarningsCalculator.calculateProviderEarnings(rate, 9_007_199_254_740_993L, Duration.ZERO);

        // price × 3333 = 30020995116051729669 overflows a long, and the result is beyond a double's exact range.
        assertThat(earnings.providerEarningsCents()).isEqualTo(3_002_099_511_605_173L);
    }

    @Test
    void rejectsANegativePrice() {
        assertThatThrownBy(() -> EarningsCalculator.calculateProviderEarnings(
                        new PayRate(PayRateType.FLAT, 100, JAN), -1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("price must not be negative");
    }

    @Test
    void rejectsANegativeOrMissingWorkedDuration() {
        PayRate hourly = new PayRate(PayRateType.HOURLY, 100, JAN);

        assertThatThrownBy(() -> EarningsCalculator.calculateProviderEarnings(hourly, 100, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("worked duration");
        assertThatThrownBy(() -> EarningsCalculator.calculateProviderEarnings(hourly, 100, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("worked duration");
    }

    @Test
    void rejectsAMissingRate() {
        assertThatThrownBy(() -> EarningsCalculator.calculateProviderEarnings(null, 100, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pay rate is required");
    }
}
