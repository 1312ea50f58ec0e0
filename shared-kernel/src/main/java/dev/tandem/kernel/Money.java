package dev.tandem.kernel;

import java.util.Currency;

/** An amount of money in integer minor units (cents) of an ISO 4217 currency; never floating point. */
public record Money(long cents, String currency) {

    /**
     * The largest amount a price (and a booking's tips together) may be, in minor units: a billion in major
     * units, far above any job, and far below where sums of many bookings' amounts would overflow 64-bit totals.
     */
    public static final long MAX_AMOUNT_CENTS = 100_000_000_000L;

    public Money {
        if (currency == null) {
            throw new IllegalArgumentException("currency is required");
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, got '" + currency + "'", e);
        }
    }

    public static Money of(long cents, String currency) {
        return new Money(cents, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other, "add");
        return new Money(Math.addExact(cents, other.cents), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other, "subtract");
        return new Money(Math.subtractExact(cents, other.cents), currency);
    }

    public boolean isNegative() {
        return cents < 0;
    }

    // Silently mixing currencies would corrupt totals, so it is a programming error rather than a conversion.
    private void requireSameCurrency(Money other, String operation) {
        if (other == null) {
            throw new IllegalArgumentException("cannot " + operation + " a missing amount");
        }
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "cannot " + operation + " " + other.currency + " and " + currency + ": currencies differ");
        }
    }
}
