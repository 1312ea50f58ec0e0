package dev.tandem.query.dashboard;

import dev.tandem.api.payroll.PayPeriodView;
import dev.tandem.api.payroll.StatementView;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.payroll.Payroll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pay periods for admins (the schedule, each period's totals, closing one, its statements and the payroll export)
 * and a provider's own statements, each as a PDF.
 */
@Controller
class PayrollPages {

    private static final List<String> FREQUENCIES = List.of("WEEKLY", "BIWEEKLY", "SEMIMONTHLY", "MONTHLY");

    private final Payroll payroll;
    private final CommandApi api;

    PayrollPages(Payroll payroll, CommandApi api) {
        this.payroll = payroll;
        this.api = api;
    }

    @GetMapping("/app/admin/pay-periods")
    String periods(@RequestParam(required = false) String closed, Caller caller, Model model) {
        LocalDate closedStart = date(closed);
        if (closedStart != null) {
            Locality here = (Locality) model.getAttribute("here");
            model.addAttribute("closedNotice", "The period from " + here.date(closedStart) + " is closed.");
        }
        var schedule = payroll.schedule(caller.businessId());
        var form = new LinkedHashMap<String, String>();
        form.put("frequency", schedule.frequency());
        form.put("anchorDate", schedule.anchorDate().toString());
        return periodsPage(caller, model, form, Map.of(), null);
    }

    @PostMapping("/app/admin/pay-periods/schedule")
    String setSchedule(
            @RequestParam Map<String, String> form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var errors = new LinkedHashMap<String, String>();
        String frequency = form.getOrDefault("frequency", "");
        if (!FREQUENCIES.contains(frequency)) {
            errors.put("frequency", "Choose how often providers are paid.");
        }
        LocalDate anchor = date(form.get("anchorDate"));
        if (anchor == null) {
            errors.put("anchorDate", "Enter a day a pay period starts on, e.g. 2027-01-04.");
        }
        if (errors.isEmpty()) {
            try {
                api.send(
                        HttpMethod.PUT,
                        "/api/admin/pay-schedule",
                        BrowserSession.current(request),
                        Map.of("frequency", frequency, "anchorDate", anchor.toString()));
                return "redirect:/app/admin/pay-periods?scheduleSaved";
            } catch (ApiProblem refused) {
                refused.fieldErrors().forEach(errors::put);
            }
        }
        response.setStatus(400);
        return periodsPage(caller, model, form, errors, "Not saved: please see the fields marked below.");
    }

    @PostMapping("/app/admin/pay-periods/{start}/close")
    String close(
            @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            api.send(
                    HttpMethod.POST,
                    "/api/admin/pay-periods/" + start + "/close",
                    BrowserSession.current(request),
                    null);
            return "redirect:/app/admin/pay-periods?closed=" + start;
        } catch (ApiProblem refused) {
            response.setStatus(refused.status());
            return periods(null, caller, model.addAttribute("closeError", refused.getMessage()));
        }
    }

    @GetMapping("/app/admin/pay-periods/{start}")
    String statements(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start, Caller caller, Model model) {
        List<StatementView> statements = payroll.statements(caller.businessId(), start);
        PayPeriodView period =
                payroll.periods(caller.businessId(), start, start).getFirst();
        model.addAttribute("period", period);
        model.addAttribute("statements", statements);
        return "admin/pay-period";
    }

    @GetMapping("/app/admin/pay-periods/{start}.csv")
    ResponseEntity<String> payrollExport(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start, Caller caller) {
        return payroll.payrollExport(caller.businessId(), start);
    }

    @GetMapping("/app/admin/pay-periods/{start}/{providerId}.pdf")
    ResponseEntity<byte[]> providersPdf(
            @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start,
            @PathVariable UUID providerId,
            Caller caller) {
        return payroll.pdf(
                caller.businessId(), payroll.statement(caller.businessId(), start, new ProviderId(providerId)));
    }

    @GetMapping("/app/provider/statements")
    String ownStatements(Caller caller, Model model) {
        model.addAttribute(
                "statements",
                payroll.ownStatements(caller.businessId(), caller.providerId().orElseThrow()));
        return "provider/statements";
    }

    @GetMapping("/app/provider/statements/{start}.pdf")
    ResponseEntity<byte[]> ownPdf(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start, Caller caller) {
        return payroll.pdf(
                caller.businessId(),
                payroll.statement(
                        caller.businessId(), start, caller.providerId().orElseThrow()));
    }

    private String periodsPage(
            Caller caller, Model model, Map<String, String> form, Map<String, String> errors, String error) {
        Locality here = (Locality) model.getAttribute("here");
        model.addAttribute("schedule", payroll.schedule(caller.businessId()));
        model.addAttribute("periods", payroll.periods(caller.businessId(), null, null));
        model.addAttribute("today", here.today());
        model.addAttribute("frequencies", FREQUENCIES);
        model.addAttribute("form", form);
        model.addAttribute("invalid", errors);
        model.addAttribute("error", error);
        return "admin/pay-periods";
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
