package dev.tandem.query.dashboard;

import dev.tandem.api.analytics.PerformanceView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** A provider's figures as its Performance page shows them: each beside the business's, and a trend. */
final class PerformanceFigures {

    private final PerformanceView mine;
    private final Locality here;

    PerformanceFigures(PerformanceView mine, Locality here) {
        this.mine = mine;
        this.here = here;
    }

    /** One of the provider's rates and the business's; {@code ahead} when the provider's is at least as good. */
    public record Comparison(String key, String label, String mine, String business, boolean ahead) {}

    List<Comparison> comparisons() {
        var business = mine.business();
        return List.of(
                new Comparison(
                        "completion-rate",
                        "Completion rate",
                        here.ratio(mine.completionRate()),
                        here.ratio(business.completionRate()),
                        mine.completionRate() >= business.completionRate()),
                new Comparison(
                        "rating",
                        "Average rating",
                        here.stars(mine.averageRating()),
                        here.stars(business.averageRating()),
                        mine.averageRating() != null
                                && (business.averageRating() == null
                                        || mine.averageRating() >= business.averageRating())),
                new Comparison(
                        "utilization",
                        "Utilization",
                        here.ratio(mine.utilization()),
                        here.ratio(business.utilization()),
                        mine.utilization() >= business.utilization()));
    }

    Map<String, Object> charts() {
        return Map.of(
                "earnings",
                        Map.of(
                                "labels",
                                        mine.series().stream()
                                                .map(point -> DateTimeFormatter.ofPattern("d MMM", here.locale())
                                                        .format(LocalDate.parse(point.period())))
                                                .toList(),
                                "earned",
                                        mine.series().stream()
                                                .map(point -> BigDecimal.valueOf(
                                                        point.earningsCents() + point.tipsCents(),
                                                        here.currency().getDefaultFractionDigits()))
                                                .toList()),
                "currency", here.currency().getCurrencyCode());
    }
}
