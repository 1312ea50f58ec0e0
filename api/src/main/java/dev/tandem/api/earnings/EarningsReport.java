package dev.tandem.api.earnings;

import java.util.List;

public record EarningsReport(List<EarningView> items, EarningsTotals totals) {}
