package dev.tandem.kernel;

/**
 * How one booking's money splits between provider and business, in minor units. Tips go wholly to the provider
 * but are kept apart from {@code providerEarningsCents} so totals can show them separately. The business
 * commission may be negative when an hourly or flat rate pays the provider more than the booking price.
 */
public record Earnings(long grossCents, long providerEarningsCents, long businessCommissionCents, long tipCents) {

    public Earnings {
        if (grossCents < 0) {
            throw new IllegalArgumentException("gross must not be negative, got " + grossCents);
        }
        if (providerEarningsCents < 0) {
            throw new IllegalArgumentException("provider earnings must not be negative, got " + providerEarningsCents);
        }
        if (tipCents < 0) {
            throw new IllegalArgumentException("tip must not be negative, got " + tipCents);
        }
        if (Math.subtractExact(grossCents, providerEarningsCents) != businessCommissionCents) {
            throw new IllegalArgumentException("business commission " + businessCommissionCents + " must equal gross "
                    + grossCents + " minus provider earnings " + providerEarningsCents);
        }
    }

    /** Adds a tip on the provider's side; the split of the booking price itself is unchanged. */
    public Earnings withTip(long tipCents) {
        if (tipCents < 0) {
            throw new IllegalArgumentException("tip must not be negative, got " + tipCents);
        }
        return new Earnings(
                grossCents, providerEarningsCents, businessCommissionCents, Math.addExact(this.tipCents, tipCents));
    }

    /** What the provider takes home for the booking: earnings plus tips. */
    public long providerTotalCents() {
        return Math.addExact(providerEarningsCents, tipCents);
    }
}
