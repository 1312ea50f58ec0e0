package dev.tandem.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Splits a booking's price between provider and business according to the provider's pay rate. */
public final class EarningsCalculator {

    private static final BigDecimal BASIS_POINTS_PER_WHOLE = BigDecimal.valueOf(PayRate.MAX_BASIS_POINTS);
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private EarningsCalculator() {}

    /**
     * PERCENTAGE pays price × basis points / 10000, HOURLY pays rate × whole minutes worked / 60, FLAT pays the
     * amount. Fractions of a minor unit round half-even so rounding does not drift in either party's favour over
     * many bookings. The business keeps price − provider earnings, which may be negative; tips start at zero.
     */
    public static Earnings calculateProviderEarnings(PayRate rate, long priceCents, Duration worked) {
        if (rate == null) {
            throw new IllegalArgumentException("pay rate is required");
        }
        if (priceCents < 0) {
            throw new IllegalArgumentException("price must not be negative, got " + priceCents);
        }
        if (worked == null || worked.isNegative()) {
            throw new IllegalArgumentException("worked duration must be given and not negative, got " + worked);
        }
        BigDecimal amount = BigDecimal.valueOf(rate.amount());
        long providerCents = switch (rate.type()) {
            case PERCENTAGE -> divideHalfEven(BigDecimal.valueOf(priceCents).multiply(amount), BASIS_POINTS_PER_WHOLE);
            case HOURLY -> divideHalfEven(amount.multiply(BigDecimal.valueOf(worked.toMinutes())), MINUTES_PER_HOUR);
            case FLAT -> rate.amount();
        };
        return new Earnings(priceCents, providerCents, Math.subtractExact(priceCents, providerCents), 0);
    }

    private static long divideHalfEven(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, 0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
