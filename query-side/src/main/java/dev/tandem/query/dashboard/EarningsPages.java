package dev.tandem.query.dashboard;

import dev.tandem.api.earnings.EarningView;
import dev.tandem.api.earnings.EarningsReport;
import dev.tandem.api.earnings.EarningsTotals;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.export.CsvTable;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's earnings for a period: totals, one line per provider, each earning, and a CSV export. */
@Controller
class EarningsPages {

    private final Views views;

    EarningsPages(Views views) {
        this.views = views;
    }

    /** A provider's share of the period. */
    public record ProviderTotal(String providerId, String name, int jobs, long gross, long earnings, long tips) {}

    @GetMapping("/app/admin/earnings")
    String earnings(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Caller caller,
            HttpServletRequest request,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        LocalDate first = day(from, here.today().withDayOfMonth(1));
        LocalDate last = day(to, here.today());
        Map<String, String> names =
                views.providers(caller).stream().collect(Collectors.toMap(ProviderView::id, ProviderView::name));
        EarningsReport report;
        if (last.isBefore(first)) {
            model.addAttribute("periodError", "“To” is before “From”: no day lies between them.");
            report = new EarningsReport(List.of(), new EarningsTotals(0, 0, 0, 0), null);
        } else {
            report = views.earningsOfJobs(caller, here.startOf(first), here.startOf(last.plusDays(1)));
        }
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("report", report);
        model.addAttribute("providerNames", names);
        model.addAttribute("perProvider", perProvider(report.items(), names));
        return ProviderPages.htmx(request) ? "admin/earnings :: report" : "admin/earnings";
    }

    @GetMapping("/app/admin/earnings.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Caller caller,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        LocalDate first = day(from, here.today().withDayOfMonth(1));
        LocalDate last = day(to, here.today());
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        EarningsReport report = views.earningsOfJobs(caller, here.startOf(first), here.startOf(last.plusDays(1)));
        Map<String, String> names =
                views.providers(caller).stream().collect(Collectors.toMap(ProviderView::id, ProviderView::name));
        // For people and spreadsheets: local dates and times, names, amounts in units beside their currency.
        var csv = new CsvTable(
                "Job date",
                "Job time",
                "Provider",
                "Pay rate",
                "Price",
                "Provider earns",
                "Tips",
                "Provider gets in all",
                "Business keeps",
                "Currency",
                "Recorded",
                "Booking");
        for (EarningView earning : report.items()) {
            var job = here.at(earning.scheduledStart());
            csv.row(
                    job.toLocalDate().toString(),
                    job.toLocalTime().withSecond(0).withNano(0).toString(),
                    names.getOrDefault(earning.providerId(), ""),
                    payRate(earning, here),
                    here.amountField(earning.grossCents()),
                    here.amountField(earning.providerEarningsCents()),
                    here.amountField(earning.tipCents()),
                    here.amountField(earning.providerEarningsCents() + earning.tipCents()),
                    here.amountField(earning.businessCommissionCents()),
                    earning.currency(),
                    here.at(earning.recordedAt())
                            .toLocalDateTime()
                            .withNano(0)
                            .toString()
                            .replace('T', ' '),
                    earning.bookingId());
        }
        return csv.download("earnings-" + first + "-" + last + ".csv");
    }

    /** "25% of the price", "30.00 an hour", "45.00 a job", "none". */
    private static String payRate(EarningView earning, Locality here) {
        if (earning.payRateType() == null) {
            return "none";
        }
        return switch (earning.payRateType()) {
            case "PERCENTAGE" -> here.percent(earning.payRateAmount()) + " of the price";
            case "HOURLY" -> here.amountField(earning.payRateAmount()) + " an hour";
            default -> here.amountField(earning.payRateAmount()) + " a job";
        };
    }

    private static List<ProviderTotal> perProvider(List<EarningView> items, Map<String, String> names) {
        var totals = new LinkedHashMap<String, ProviderTotal>();
        for (EarningView earning : items) {
            totals.merge(
                    earning.providerId(),
                    new ProviderTotal(
                            earning.providerId(),
                            names.getOrDefault(earning.providerId(), "—"),
                            1,
                            earning.grossCents(),
                            earning.providerEarningsCents(),
                            earning.tipCents()),
                    (a, b) -> new ProviderTotal(
                            a.providerId(),
                            a.name(),
                            a.jobs() + b.jobs(),
                            a.gross() + b.gross(),
                            a.earnings() + b.earnings(),
                            a.tips() + b.tips()));
        }
        return totals.values().stream()
                .sorted(Comparator.comparing(ProviderTotal::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    static LocalDate day(String value, LocalDate otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return otherwise;
        }
    }
}
