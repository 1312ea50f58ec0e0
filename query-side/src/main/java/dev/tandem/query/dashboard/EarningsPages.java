package dev.tandem.query.dashboard;

import dev.tandem.api.earnings.EarningView;
import dev.tandem.api.earnings.EarningsReport;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
        EarningsReport report = views.earnings(caller, null, here.startOf(first), here.startOf(last.plusDays(1)));
        Map<String, String> names =
                views.providers(caller).stream().collect(Collectors.toMap(ProviderView::id, ProviderView::name));
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("report", report);
        model.addAttribute("providerNames", names);
        model.addAttribute("perProvider", perProvider(report.items(), names));
        return ProviderPages.htmx(request) ? "admin/earnings :: report" : "admin/earnings";
    }

    @GetMapping("/app/admin/earnings.csv")
    ResponseEntity<byte[]> csv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Caller caller,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        LocalDate first = day(from, here.today().withDayOfMonth(1));
        LocalDate last = day(to, here.today());
        EarningsReport report = views.earnings(caller, null, here.startOf(first), here.startOf(last.plusDays(1)));
        Map<String, String> names =
                views.providers(caller).stream().collect(Collectors.toMap(ProviderView::id, ProviderView::name));
        var csv = new StringBuilder(
                "recordedAt,bookingId,providerId,provider,payRateType,payRateAmount,currency,grossCents,"
                        + "providerEarningsCents,businessCommissionCents,tipCents\r\n");
        for (EarningView earning : report.items()) {
            csv.append(String.join(
                            ",",
                            earning.recordedAt().toString(),
                            earning.bookingId(),
                            earning.providerId(),
                            quoted(names.getOrDefault(earning.providerId(), "")),
                            earning.payRateType(),
                            Long.toString(earning.payRateAmount()),
                            earning.currency(),
                            Long.toString(earning.grossCents()),
                            Long.toString(earning.providerEarningsCents()),
                            Long.toString(earning.businessCommissionCents()),
                            Long.toString(earning.tipCents())))
                    .append("\r\n");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("earnings-" + first + "-" + last + ".csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
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

    /** A spreadsheet must not read a name as a formula. */
    private static String quoted(String text) {
        String safe = text.matches("^[=+\\-@\\t\\r].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    static LocalDate day(String value, LocalDate otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return otherwise;
        }
    }
}
