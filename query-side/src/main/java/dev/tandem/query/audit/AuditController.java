package dev.tandem.query.audit;

import dev.tandem.api.Page;
import dev.tandem.api.audit.AuditEntry;
import dev.tandem.api.audit.FindAuditQuery;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.paging.Keyset;
import dev.tandem.query.paging.ListParameters;
import dev.tandem.query.paging.PageResponseType;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every event of the caller's business, in the order stored, a page at a time; with {@code Accept: text/csv},
 * as a spreadsheet ({@link AuditCsv}).
 */
@RestController
class AuditController {

    private static final Set<String> AGGREGATE_TYPES = Set.of("BOOKING", "PROVIDER", "CUSTOMER", "BUSINESS");

    private final QueryGateway queries;

    AuditController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/admin/audit", produces = "application/json")
    Page<AuditEntry> audit(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID actorId,
            @RequestParam(required = false) String aggregateType,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            Caller caller) {
        return page(caller, from, to, actorId, aggregateType, Keyset.limit(limit), cursor);
    }

    @GetMapping(path = "/api/admin/audit", produces = "text/csv")
    ResponseEntity<String> auditAsCsv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID actorId,
            @RequestParam(required = false) String aggregateType,
            @RequestParam(required = false) String cursor,
            Caller caller) {
        return AuditCsv.download(cursor, next -> page(caller, from, to, actorId, aggregateType, Page.MAX_LIMIT, next));
    }

    private Page<AuditEntry> page(
            Caller caller, String from, String to, UUID actorId, String aggregateType, int limit, String cursor) {
        var query = new FindAuditQuery(
                caller.businessId(),
                ListParameters.instant("from", from),
                ListParameters.instant("to", to),
                actorId,
                aggregateType(aggregateType),
                limit,
                cursor);
        return queries.query(query, PageResponseType.pageOf(AuditEntry.class)).join();
    }

    private static String aggregateType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String type = value.strip().toUpperCase(Locale.ROOT);
        if (!AGGREGATE_TYPES.contains(type)) {
            throw new InvalidInputException("aggregateType", "must be BOOKING, PROVIDER, CUSTOMER or BUSINESS");
        }
        return type;
    }
}
