package dev.tandem.query.dashboard;

import dev.tandem.api.analytics.AnalyticsReport;
import dev.tandem.api.analytics.AnalyticsReport.PreviousPeriod;
import dev.tandem.api.analytics.AnalyticsReport.SeriesPoint;
import dev.tandem.api.analytics.AnalyticsReport.Totals;
import dev.tandem.api.analytics.ProviderFigures;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A report as the Analytics page shows it: headline figures against the period before, rows, chart data. */
final class AnalyticsFigures {

    /** A provider with more than this many times its equal share of the bookings, or less than its inverse, stands out. */
    private static final double UNFAIR = 1.5;

    private final AnalyticsReport report;
    private final Locality here;

    AnalyticsFigures(AnalyticsReport report, Locality here) {
        this.report = report;
        this.here = here;
    }

    /** A headline figure; {@code trend} is up, down or flat against the period before, {@code change} says by how much. */
    public record Kpi(String key, String label, String value, String change, String trend) {}

    /** A row of the provider table; the sort values are numbers the page sorts by. */
    public record ProviderRow(
            String providerId,
            String name,
            long bookings,
            long completed,
            long declined,
            double completionRate,
            String completion,
            Double averageRating,
            String rating,
            long earningsCents,
            String earnings,
            String tips,
            double utilization,
            String utilizationText,
            double share,
            String shareText,
            boolean unfair) {}

    List<Kpi> kpis() {
        Totals now = report.totals();
        PreviousPeriod before = report.previous();
        return List.of(
                new Kpi(
                        "bookings",
                        "Bookings",
                        count(now.bookings()),
                        relative(now.bookings(), before.bookings()),
                        trend(now.bookings(), before.bookings())),
                new Kpi(
                        "completed",
                        "Completed",
                        count(now.completed()),
                        relative(now.completed(), before.completed()),
                        trend(now.completed(), before.completed())),
                new Kpi(
                        "completion-rate",
                        "Completion rate",
                        here.ratio(now.completionRate()),
                        points(now.completionRate(), before.completionRate()),
                        trend(now.completionRate(), before.completionRate())),
                new Kpi(
                        "rating",
                        "Average rating",
                        here.stars(now.averageRating()),
                        starsChange(now.averageRating(), before.averageRating()),
                        trend(orZero(now.averageRating()), orZero(before.averageRating()))),
                new Kpi(
                        "gross",
                        "Gross",
                        here.money(now.grossCents()),
                        relative(now.grossCents(), before.grossCents()),
                        trend(now.grossCents(), before.grossCents())),
                new Kpi(
                        "utilization",
                        "Utilization",
                        here.ratio(now.utilization()),
                        points(now.utilization(), before.utilization()),
                        trend(now.utilization(), before.utilization())));
    }

    /** Each provider's share of the assigned bookings against an equal share, so an unfair spread shows. */
    List<ProviderRow> providerRows() {
        long assigned =
                report.providers().stream().mapToLong(ProviderFigures::bookings).sum();
        double equal =
                report.providers().isEmpty() ? 0 : 1.0 / report.providers().size();
        return report.providers().stream()
                .map(provider -> {
                    double share = assigned == 0 ? 0 : (double) provider.bookings() / assigned;
                    boolean unfair = assigned > 0 && (share > equal * UNFAIR || share < equal / UNFAIR);
                    return new ProviderRow(
                            provider.providerId(),
                            provider.name(),
                            provider.bookings(),
                            provider.completed(),
                            provider.declined(),
                            provider.completionRate(),
                            here.ratio(provider.completionRate()),
                            provider.averageRating(),
                            here.stars(provider.averageRating()),
                            provider.earningsCents(),
                            here.money(provider.earningsCents()),
                            here.money(provider.tipsCents()),
                            provider.utilization(),
                            here.ratio(provider.utilization()),
                            share,
                            here.ratio(share) + " (equal " + here.ratio(equal) + ")",
                            unfair);
                })
                .toList();
    }

    /** What the charts draw, with labels in the reader's language; money in major units. */
    Map<String, Object> charts() {
        var charts = new LinkedHashMap<String, Object>();
        List<SeriesPoint> series = report.series();
        charts.put(
                "earnings",
                Map.of(
                        "labels",
                                series.stream()
                                        .map(point -> shortDate(point.period()))
                                        .toList(),
                        "gross",
                                series.stream()
                                        .map(point -> major(point.grossCents()))
                                        .toList(),
                        "providers",
                                series.stream()
                                        .map(point -> major(point.providerEarningsCents() + point.tipsCents()))
                                        .toList()));
        charts.put("status", labelled(report.bookingDistribution().byStatus(), here::label));
        charts.put("service", labelled(report.bookingDistribution().byService(), service -> service));
        charts.put(
                "dayOfWeek",
                labelled(
                        report.bookingDistribution().byDayOfWeek(),
                        day -> DayOfWeek.valueOf(day).getDisplayName(TextStyle.SHORT, here.locale())));
        charts.put(
                "providers",
                Map.of(
                        "labels",
                                report.providers().stream()
                                        .map(ProviderFigures::name)
                                        .toList(),
                        "utilization",
                                report.providers().stream()
                                        .map(p -> p.utilization() * 100)
                                        .toList(),
                        "completionRate",
                                report.providers().stream()
                                        .map(p -> p.completionRate() * 100)
                                        .toList()));
        charts.put("ratings", labelled(report.customerSatisfaction().distribution(), stars -> stars + " ★"));
        charts.put("currency", here.currency().getCurrencyCode());
        return charts;
    }

    private static Map<String, Object> labelled(Map<String, Long> counts, Function<String, String> label) {
        return Map.of(
                "labels", counts.keySet().stream().map(label).toList(),
                "values", List.copyOf(counts.values()));
    }

    private String shortDate(String isoDate) {
        return DateTimeFormatter.ofPattern("d MMM", here.locale()).format(LocalDate.parse(isoDate));
    }

    private BigDecimal major(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, here.currency().getDefaultFractionDigits());
    }

    private String count(long value) {
        return NumberFormat.getIntegerInstance(here.locale()).format(value);
    }

    /** A change of a count or an amount, relative to the period before. */
    private String relative(long now, long before) {
        if (before == 0) {
            return now == 0 ? "no change" : "new this period";
        }
        double change = (double) (now - before) / before;
        return (change > 0 ? "+" : "") + here.ratio(change) + " vs previous period";
    }

    /** A change of a rate, in percentage points. */
    private String points(double now, double before) {
        double points = (now - before) * 100;
        if (Math.abs(points) < 0.05) {
            return "no change";
        }
        return String.format(here.locale(), "%+.1f pts vs previous period", points);
    }

    private String starsChange(Double now, Double before) {
        if (now == null || before == null) {
            return now == null ? "no ratings yet" : "first ratings";
        }
        return Math.abs(now - before) < 0.05
                ? "no change"
                : String.format(here.locale(), "%+.1f vs previous period", now - before);
    }

    private static String trend(double now, double before) {
        return now > before ? "up" : now < before ? "down" : "flat";
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
