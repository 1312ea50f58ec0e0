package dev.tandem.query.analytics;

import dev.tandem.api.analytics.AnalyticsReport;
import dev.tandem.api.analytics.ProviderFigures;
import dev.tandem.query.export.CsvTable;
import org.springframework.http.ResponseEntity;

/** The per-provider table of a report as a CSV download, the same for the API and the dashboard. */
public final class AnalyticsCsv {

    private AnalyticsCsv() {}

    public static ResponseEntity<String> download(AnalyticsReport report) {
        var csv = new CsvTable(
                "providerId",
                "name",
                "bookings",
                "completed",
                "cancelled",
                "declined",
                "completionRate",
                "averageRating",
                "ratings",
                "earningsCents",
                "tipsCents",
                "bookedMinutes",
                "availableMinutes",
                "utilization");
        for (ProviderFigures provider : report.providers()) {
            csv.row(
                    provider.providerId(),
                    provider.name(),
                    provider.bookings(),
                    provider.completed(),
                    provider.cancelled(),
                    provider.declined(),
                    provider.completionRate(),
                    provider.averageRating(),
                    provider.ratings(),
                    provider.earningsCents(),
                    provider.tipsCents(),
                    provider.bookedMinutes(),
                    provider.availableMinutes(),
                    provider.utilization());
        }
        return csv.download("analytics-" + report.from() + "-" + report.to() + ".csv");
    }
}
