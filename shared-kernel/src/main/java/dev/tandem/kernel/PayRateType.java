package dev.tandem.kernel;

/** How a provider is paid for a booking; see {@link PayRate} for the unit of each amount. */
public enum PayRateType {
    /** A share of the booking price, in basis points. */
    PERCENTAGE,
    /** Minor units per hour worked. */
    HOURLY,
    /** Minor units per completed booking. */
    FLAT
}
