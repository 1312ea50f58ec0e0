package dev.tandem.query.dashboard;

import dev.tandem.api.analytics.AnalyticsPeriod;
import dev.tandem.api.analytics.AnalyticsReport;
import dev.tandem.api.analytics.FindAnalyticsQuery;
import dev.tandem.api.analytics.FindPerformanceQuery;
import dev.tandem.api.analytics.GroupBy;
import dev.tandem.api.analytics.PerformanceView;
import dev.tandem.api.analytics.ProviderFigures;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.export.CsvTable;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin's Analytics page (a period picked by preset or dates, headline figures against the period before,
 * charts, the provider table and its export) and the provider's Performance page. Both refresh their report
 * when a live event says the figures moved.
 */
@Controller
class AnalyticsPages {

    private final QueryGateway queries;
    private final JsonMapper json;

    AnalyticsPages(QueryGateway queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    /** The periods offered in one click. */
    enum Preset {
        LAST_7_DAYS("Last 7 days"),
        LAST_30_DAYS("Last 30 days"),
        LAST_90_DAYS("Last 90 days"),
        THIS_MONTH("This month"),
        LAST_MONTH("Last month"),
        THIS_YEAR("This year");

        private final String label;

        Preset(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        AnalyticsPeriod period(LocalDate today) {
            return switch (this) {
                case LAST_7_DAYS -> new AnalyticsPeriod(today.minusDays(6), today);
                case LAST_30_DAYS -> new AnalyticsPeriod(today.minusDays(29), today);
                case LAST_90_DAYS -> new AnalyticsPeriod(today.minusDays(89), today);
                case THIS_MONTH -> new AnalyticsPeriod(today.withDayOfMonth(1), today);
                case LAST_MONTH ->
                    new AnalyticsPeriod(
                            today.withDayOfMonth(1).minusMonths(1),
                            today.withDayOfMonth(1).minusDays(1));
                case THIS_YEAR -> new AnalyticsPeriod(today.withDayOfYear(1), today);
            };
        }

        static Preset named(String value) {
            return Arrays.stream(values())
                    .filter(preset -> preset.value().equals(value))
                    .findFirst()
                    .orElse(null);
        }
    }

    @GetMapping("/app/admin/analytics")
    String analytics(
            @RequestParam(required = false) String preset,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Caller caller,
            HttpServletRequest request,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        Preset chosen = from == null && to == null ? presetOr(preset, Preset.LAST_30_DAYS) : Preset.named(preset);
        AnalyticsPeriod period = chosen != null ? chosen.period(here.today()) : period(from, to, here.today());
        AnalyticsReport report = report(caller, period);
        var figures = new AnalyticsFigures(report, here);
        model.addAttribute("presets", Preset.values());
        model.addAttribute("preset", chosen == null ? "custom" : chosen.value());
        model.addAttribute("period", period);
        model.addAttribute("report", report);
        model.addAttribute("kpis", figures.kpis());
        model.addAttribute("rows", figures.providerRows());
        model.addAttribute("charts", json.writeValueAsString(figures.charts()));
        return ProviderPages.htmx(request) ? "admin/analytics :: report" : "admin/analytics";
    }

    @GetMapping("/app/admin/analytics.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Caller caller,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        AnalyticsReport report = report(caller, period(from, to, here.today()));
        // For people and spreadsheets: names, amounts in units beside their currency, hours, shares as percentages.
        var csv = new CsvTable(
                "Provider",
                "Bookings",
                "Completed",
                "Cancelled",
                "Declined",
                "Completion rate",
                "Average rating",
                "Ratings",
                "Earnings",
                "Tips",
                "Currency",
                "Booked hours",
                "Available hours",
                "Utilization");
        for (ProviderFigures provider : report.providers()) {
            csv.row(
                    provider.name(),
                    provider.bookings(),
                    provider.completed(),
                    provider.cancelled(),
                    provider.declined(),
                    here.ratio(provider.completionRate()),
                    provider.averageRating() == null
                            ? ""
                            : String.format(Locale.ROOT, "%.1f", provider.averageRating()),
                    provider.ratings(),
                    here.amountField(provider.earningsCents()),
                    here.amountField(provider.tipsCents()),
                    here.currency().getCurrencyCode(),
                    hours(provider.bookedMinutes()),
                    hours(provider.availableMinutes()),
                    here.ratio(provider.utilization()));
        }
        return csv.download("analytics-" + report.from() + "-" + report.to() + ".csv");
    }

    private static String hours(long minutes) {
        return BigDecimal.valueOf(minutes)
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    @GetMapping("/app/provider/performance")
    String performance(
            @RequestParam(required = false) String preset, Caller caller, HttpServletRequest request, Model model) {
        Locality here = (Locality) model.getAttribute("here");
        Preset chosen = presetOr(preset, Preset.LAST_30_DAYS);
        PerformanceView mine = queries.query(
                        new FindPerformanceQuery(
                                caller.businessId(), caller.providerId().orElseThrow(), chosen.period(here.today())),
                        PerformanceView.class)
                .join();
        var figures = new PerformanceFigures(mine, here);
        model.addAttribute("presets", List.of(Preset.LAST_7_DAYS, Preset.LAST_30_DAYS, Preset.THIS_MONTH));
        model.addAttribute("preset", chosen.value());
        model.addAttribute("mine", mine);
        model.addAttribute("comparisons", figures.comparisons());
        model.addAttribute("charts", json.writeValueAsString(figures.charts()));
        return ProviderPages.htmx(request) ? "provider/performance :: report" : "provider/performance";
    }

    private AnalyticsReport report(Caller caller, AnalyticsPeriod period) {
        return queries.query(
                        new FindAnalyticsQuery(caller.businessId(), period, null, null, groupingFor(period), true),
                        AnalyticsReport.class)
                .join();
    }

    /** Days for up to two months, weeks up to half a year, months beyond: a chart of at most about 60 points. */
    private static GroupBy groupingFor(AnalyticsPeriod period) {
        if (period.days() <= 62) {
            return GroupBy.DAY;
        }
        return period.days() <= 190 ? GroupBy.WEEK : GroupBy.MONTH;
    }

    private static Preset presetOr(String value, Preset otherwise) {
        Preset named = Preset.named(value);
        return named == null ? otherwise : named;
    }

    /** The dates asked for, put in order and within a year; a date that is not one is taken as not given. */
    private static AnalyticsPeriod period(String from, String to, LocalDate today) {
        LocalDate last = EarningsPages.day(to, today);
        LocalDate first = EarningsPages.day(from, last.minusDays(29));
        if (last.isBefore(first)) {
            LocalDate swap = first;
            first = last;
            last = swap;
        }
        if (first.plusDays(AnalyticsPeriod.MAX_DAYS - 1L).isBefore(last)) {
            first = last.minusDays(AnalyticsPeriod.MAX_DAYS - 1L);
        }
        return new AnalyticsPeriod(first, last);
    }
}
