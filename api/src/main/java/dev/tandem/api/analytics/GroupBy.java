package dev.tandem.api.analytics;

/** The length of one point of a series: a local day, an ISO week (from Monday) or a calendar month. */
public enum GroupBy {
    DAY,
    WEEK,
    MONTH
}
