package dev.tandem.query.audit;

import dev.tandem.api.Page;
import dev.tandem.api.audit.AuditEntry;
import dev.tandem.query.export.CsvTable;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The audit trail as a CSV download, the same for the API and the dashboard: up to {@value #ROWS} events from
 * a cursor, with a {@code Link} to the rest when there are more.
 */
public final class AuditCsv {

    static final int ROWS = 10_000;

    private AuditCsv() {}

    /** @param pages the page of events after a cursor (null: from the first) */
    public static ResponseEntity<String> download(String cursor, Function<String, Page<AuditEntry>> pages) {
        return download(
                cursor,
                pages,
                new String[] {
                    "occurredAt",
                    "type",
                    "aggregateType",
                    "aggregateId",
                    "sequence",
                    "actorUserId",
                    "actorRole",
                    "summary"
                },
                entry -> new Object[] {
                    entry.occurredAt(),
                    entry.type(),
                    entry.aggregateType(),
                    entry.aggregateId(),
                    entry.sequence(),
                    entry.actor().userId(),
                    entry.actor().role(),
                    entry.summary()
                });
    }

    /**
     * The same rows in other columns (the dashboard's, for people).
     *
     * @param row one event's cells, in the order of {@code header}
     */
    public static ResponseEntity<String> download(
            String cursor,
            Function<String, Page<AuditEntry>> pages,
            String[] header,
            Function<AuditEntry, Object[]> row) {
        var csv = new CsvTable(header);
        String next = cursor;
        int rows = 0;
        do {
            Page<AuditEntry> page = pages.apply(next);
            for (AuditEntry entry : page.items()) {
                csv.row(row.apply(entry));
            }
            rows += page.items().size();
            next = page.nextCursor();
        } while (next != null && rows < ROWS);
        var answer = csv.download("audit.csv");
        if (next == null) {
            return answer;
        }
        String rest = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("cursor", next)
                .build()
                .toUriString();
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header(HttpHeaders.LINK, "<" + rest + ">; rel=\"next\"")
                .body(answer.getBody());
    }
}
