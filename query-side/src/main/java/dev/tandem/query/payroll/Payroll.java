package dev.tandem.query.payroll;

import dev.tandem.api.business.BusinessView;
import dev.tandem.api.business.FindBusinessQuery;
import dev.tandem.api.payroll.FindPayPeriodsQuery;
import dev.tandem.api.payroll.FindPayScheduleQuery;
import dev.tandem.api.payroll.FindStatementsQuery;
import dev.tandem.api.payroll.PayPeriodView;
import dev.tandem.api.payroll.PayScheduleView;
import dev.tandem.api.payroll.StatementView;
import dev.tandem.api.provider.FindProviderQuery;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.query.provider.ProviderNames;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Pay periods and statements as the API and the dashboards read them: statements with their providers' names. */
@Component
public class Payroll {

    private final QueryGateway queries;
    private final ProviderNames providerNames;

    Payroll(QueryGateway queries, ProviderNames providerNames) {
        this.queries = queries;
        this.providerNames = providerNames;
    }

    public PayScheduleView schedule(BusinessId business) {
        return queries.query(new FindPayScheduleQuery(business), PayScheduleView.class)
                .join();
    }

    /** Latest first; without dates, the twelve periods up to today's. */
    public List<PayPeriodView> periods(BusinessId business, LocalDate from, LocalDate to) {
        return queries.query(
                        new FindPayPeriodsQuery(business, from, to),
                        ResponseTypes.multipleInstancesOf(PayPeriodView.class))
                .join();
    }

    /** Every provider's statement of the period starting on {@code start} (404 when no period starts then). */
    public List<StatementView> statements(BusinessId business, LocalDate start) {
        return statements(business, start, null);
    }

    /** One provider's statement, empty when it has no line in the period; another business's provider is 404. */
    public StatementView statement(BusinessId business, LocalDate start, ProviderId provider) {
        queries.query(new FindProviderQuery(business, provider), ProviderView.class)
                .join();
        return statements(business, start, provider).getFirst();
    }

    /**
     * A provider's own statements of the twelve periods up to today's, latest first: the caller is the provider,
     * so it is not looked up, and the names are read once for all of them.
     */
    public List<StatementView> ownStatements(BusinessId business, ProviderId provider) {
        Map<String, String> names = providerNames.of(business);
        return periods(business, null, null).stream()
                .map(period ->
                        statements(business, period.start(), provider, names).getFirst())
                .toList();
    }

    /** The payroll export of a period, as a CSV download. */
    public ResponseEntity<String> payrollExport(BusinessId business, LocalDate start) {
        return StatementDocuments.payrollExport(statements(business, start), businessOf(business))
                .download("payroll-" + start + ".csv");
    }

    /** A statement as a PDF download. */
    public ResponseEntity<byte[]> pdf(BusinessId business, StatementView statement) {
        byte[] document = StatementDocuments.pdf(statement, businessOf(business));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("statement-" + statement.periodStart() + ".pdf")
                                .build()
                                .toString())
                .body(document);
    }

    private List<StatementView> statements(BusinessId business, LocalDate start, ProviderId provider) {
        return statements(business, start, provider, providerNames.of(business));
    }

    private List<StatementView> statements(
            BusinessId business, LocalDate start, ProviderId provider, Map<String, String> names) {
        return queries
                .query(
                        new FindStatementsQuery(business, start, provider),
                        ResponseTypes.multipleInstancesOf(StatementView.class))
                .join()
                .stream()
                .map(statement -> named(statement, names.getOrDefault(statement.providerId(), "")))
                .toList();
    }

    private BusinessView businessOf(BusinessId business) {
        return queries.query(new FindBusinessQuery(business), BusinessView.class)
                .join();
    }

    private static StatementView named(StatementView statement, String name) {
        return new StatementView(
                statement.providerId(),
                name,
                statement.periodStart(),
                statement.periodEnd(),
                statement.status(),
                statement.lines(),
                statement.totals(),
                statement.currency());
    }

    static ZoneId zoneOf(BusinessView business) {
        return ZoneId.of(business.timeZone());
    }
}
