package dev.tandem.query.payroll;

import dev.tandem.api.Page;
import dev.tandem.api.payroll.PayPeriodView;
import dev.tandem.api.payroll.PayScheduleView;
import dev.tandem.api.payroll.StatementView;
import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.Caller;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pay periods and statements (docs/api.md, Pay periods and statements): the schedule, the periods with their
 * totals, each period's statements as JSON or as the payroll export (CSV), and a provider's own, also as a PDF.
 */
@RestController
class PayrollQueryController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";
    private static final String PDF = MediaType.APPLICATION_PDF_VALUE;

    private final Payroll payroll;

    PayrollQueryController(Payroll payroll) {
        this.payroll = payroll;
    }

    @GetMapping("/api/admin/pay-schedule")
    PayScheduleView schedule(Caller caller) {
        return payroll.schedule(caller.businessId());
    }

    @GetMapping("/api/admin/pay-periods")
    Page<PayPeriodView> periods(
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            Caller caller) {
        return new Page<>(payroll.periods(caller.businessId(), from, to), null);
    }

    @GetMapping(path = "/api/admin/pay-periods/{start}/statements", produces = JSON)
    Page<StatementView> statements(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start, Caller caller) {
        return new Page<>(payroll.statements(caller.businessId(), start), null);
    }

    /** The payroll export: every provider's lines of the period. */
    @GetMapping(path = "/api/admin/pay-periods/{start}/statements", produces = CSV)
    ResponseEntity<String> payrollExport(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start, Caller caller) {
        return payroll.payrollExport(caller.businessId(), start);
    }

    @GetMapping(path = "/api/admin/pay-periods/{start}/statements/{providerId}", produces = JSON)
    StatementView providersStatement(
            @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start,
            @PathVariable UUID providerId,
            Caller caller) {
        return payroll.statement(caller.businessId(), start, new ProviderId(providerId));
    }

    @GetMapping(path = "/api/admin/pay-periods/{start}/statements/{providerId}", produces = PDF)
    ResponseEntity<byte[]> providersStatementPdf(
            @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start,
            @PathVariable UUID providerId,
            Caller caller) {
        return payroll.pdf(caller.businessId(), providersStatement(start, providerId, caller));
    }

    /** The provider's own statements of the twelve periods up to today's, latest first. */
    @GetMapping("/api/provider/statements")
    Page<StatementView> ownStatements(Caller caller) {
        return new Page<>(
                payroll.ownStatements(caller.businessId(), caller.providerId().orElseThrow()), null);
    }

    @GetMapping(path = "/api/provider/statements/{start}", produces = JSON)
    StatementView ownStatement(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start, Caller caller) {
        return payroll.statement(caller.businessId(), start, caller.providerId().orElseThrow());
    }

    @GetMapping(path = "/api/provider/statements/{start}", produces = PDF)
    ResponseEntity<byte[]> ownStatementPdf(
            @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate start, Caller caller) {
        return payroll.pdf(caller.businessId(), ownStatement(start, caller));
    }
}
