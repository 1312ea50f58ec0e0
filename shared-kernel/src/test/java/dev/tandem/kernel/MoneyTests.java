package dev.tandem.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void addsAndSubtractsInMinorUnits() {
        Money price = Money.of(1999, "USD");

        assertThat(price.plus(Money.of(1, "USD"))).isEqualTo(Money.of(2000, "USD"));
        assertThat(price.minus(Money.of(2000, "USD"))).isEqualTo(Money.of(-1, "USD"));
    }

    @Test
    void knowsWhenItIsNegative() {
        assertThat(Money.of(-1, "EUR").isNegative()).isTrue();
        assertThat(Money.zero("EUR").isNegative()).isFalse();
        assertThat(Money.zero("EUR")).isEqualTo(new Money(0, "EUR"));
    }

    @Test
    void rejectsAddingDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of(100, "USD").plus(Money.of(100, "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currencies differ");
    }

    @Test
    void rejectsSubtractingDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of(100, "USD").minus(Money.of(100, "GBP")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currencies differ");
    }

    @Test
    void rejectsAnUnknownCurrencyCode() {
        assertThatThrownBy(() -> Money.of(100, "XYZW"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO 4217")
                .hasMessageContaining("XYZW");
    }

    @Test
    void rejectsAMissingCurrency() {
        assertThatThrownBy(() -> Money.of(100, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currency is required");
    }

    @Test
    void refusesToOverflowSilently() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "USD").plus(Money.of(1, "USD")))
                .isInstanceOf(ArithmeticException.class);
    }
}
