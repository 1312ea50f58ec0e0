package dev.tandem.api.earnings;

import java.util.List;

/** One page of earnings, oldest first; the totals cover every page; {@code nextCursor} is null on the last. */
public record EarningsReport(List<EarningView> items, EarningsTotals totals, String nextCursor) {}
