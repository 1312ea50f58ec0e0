package dev.tandem.kernel;

/** How often a business pays its providers: the length of its pay periods. */
public enum PayFrequency {
    /** Seven days from the anchor date's weekday. */
    WEEKLY,
    /** Fourteen days, counted from the anchor date. */
    BIWEEKLY,
    /** The 1st to the 15th, and the 16th to the month's last day. */
    SEMIMONTHLY,
    /** A month from the anchor date's day of the month, on a shorter month's last day when it has no such day. */
    MONTHLY
}
