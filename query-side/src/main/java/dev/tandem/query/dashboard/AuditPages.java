package dev.tandem.query.dashboard;

import dev.tandem.api.Page;
import dev.tandem.api.audit.AuditEntry;
import dev.tandem.api.audit.FindAuditQuery;
import dev.tandem.api.history.HistoryEntry;
import dev.tandem.platform.security.Caller;
import dev.tandem.query.audit.AuditCsv;
import dev.tandem.query.paging.PageResponseType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's audit trail: the business's events, newest page by page, filtered by dates and kind. */
@Controller
class AuditPages {

    private static final List<String> KINDS = List.of("BOOKING", "PROVIDER", "CUSTOMER", "BUSINESS");
    private static final int PAGE_SIZE = 100;

    private final QueryGateway queries;

    AuditPages(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/app/admin/audit")
    String audit(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String cursor,
            Caller caller,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        LocalDate first = EarningsPages.day(from, null);
        LocalDate last = EarningsPages.day(to, null);
        String aggregateType = kindOf(kind);
        Page<AuditEntry> page = page(caller, here, first, last, aggregateType, PAGE_SIZE, cursor);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("kind", aggregateType);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("entries", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
        return "admin/audit";
    }

    @GetMapping("/app/admin/audit.csv")
    ResponseEntity<String> csv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind,
            Caller caller,
            Model model) {
        Locality here = (Locality) model.getAttribute("here");
        LocalDate first = EarningsPages.day(from, null);
        LocalDate last = EarningsPages.day(to, null);
        // For people and spreadsheets: local dates and times, who in words, what as a sentence.
        return AuditCsv.download(
                null,
                next -> page(caller, here, first, last, kindOf(kind), Page.MAX_LIMIT, next),
                new String[] {"Date", "Time", "Who", "What", "Kind"},
                entry -> {
                    var when = here.at(entry.occurredAt());
                    return new Object[] {
                        when.toLocalDate().toString(),
                        when.toLocalTime().withNano(0).toString(),
                        who(entry.actor(), here),
                        entry.summary(),
                        here.label(entry.aggregateType())
                    };
                });
    }

    private Page<AuditEntry> page(
            Caller caller, Locality here, LocalDate first, LocalDate last, String kind, int limit, String cursor) {
        Instant start = first == null ? null : here.startOf(first);
        Instant end = last == null ? null : here.startOf(last.plusDays(1));
        return queries.query(
                        new FindAuditQuery(caller.businessId(), start, end, null, kind, limit, cursor),
                        PageResponseType.pageOf(AuditEntry.class))
                .join();
    }

    /** The actor as the page names it: Tandem itself, or the role of the person. */
    private static String who(HistoryEntry.Actor actor, Locality here) {
        return "SYSTEM".equals(actor.role()) ? "Tandem" : here.label(actor.role());
    }

    /** A kind the page does not offer is taken as none: every kind. */
    private static String kindOf(String kind) {
        if (kind == null) {
            return null;
        }
        String upper = kind.toUpperCase(Locale.ROOT);
        return KINDS.contains(upper) ? upper : null;
    }
}
