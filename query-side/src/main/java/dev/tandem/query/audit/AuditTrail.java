package dev.tandem.query.audit;

import dev.tandem.api.MetadataKeys;
import dev.tandem.api.Page;
import dev.tandem.api.audit.AuditEntry;
import dev.tandem.api.audit.FindAggregateAuditQuery;
import dev.tandem.api.audit.FindAuditQuery;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.history.HistoryEntry;
import dev.tandem.query.eventlog.BusinessEventLog;
import dev.tandem.query.eventlog.LoggedEvent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers {@link FindAuditQuery} from the event store itself, a page at a time: nothing in the audit trail is
 * derived from a projection. The cursor is the place in the store of the page's last event.
 */
@Component
class AuditTrail {

    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {};
    private static final String CURSOR_PREFIX = "event:";

    private final BusinessEventLog log;
    private final JsonMapper json;

    AuditTrail(BusinessEventLog log, JsonMapper json) {
        this.log = log;
        this.json = json;
    }

    @QueryHandler
    Page<AuditEntry> handle(FindAuditQuery query) {
        var filter = new BusinessEventLog.Filter(
                afterOf(query.cursor()), query.from(), query.to(), query.actorId(), query.aggregateType(), null);
        List<LoggedEvent> events = log.read(query.businessId(), filter, query.limit() + 1);
        List<LoggedEvent> shown = events.subList(0, Math.min(query.limit(), events.size()));
        var summaries = new AuditSummaries(new EventNames(log));
        List<AuditEntry> entries =
                shown.stream().map(event -> entryOf(event, summaries)).toList();
        String next = events.size() > query.limit() ? cursorAt(shown.getLast().globalIndex()) : null;
        return new Page<>(entries, next);
    }

    /** One aggregate's events, told for its page: an aggregate's history is short, so it comes whole. */
    @QueryHandler
    FindAggregateAuditQuery.Answer handle(FindAggregateAuditQuery query) {
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(query.locale()))
                .withZone(ZoneId.of(query.timeZone()));
        var summaries = new AuditSummaries(new EventNames(log), format::format);
        return new FindAggregateAuditQuery.Answer(
                log.ofAggregate(query.businessId(), query.aggregateId().toString()).stream()
                        .map(event -> entryOf(event, summaries))
                        .toList());
    }

    private AuditEntry entryOf(LoggedEvent event, AuditSummaries summaries) {
        Object userId = event.metaData().get(MetadataKeys.USER_ID);
        Object role = event.metaData().get(MetadataKeys.ROLE);
        return new AuditEntry(
                event.occurredAt(),
                event.payload().getClass().getSimpleName(),
                event.aggregateType() == null ? null : event.aggregateType().toUpperCase(Locale.ROOT),
                event.aggregateType() == null ? null : event.aggregateId(),
                event.sequence(),
                new HistoryEntry.Actor(userId == null ? null : userId.toString(), Objects.toString(role, "SYSTEM")),
                summaries.of(event),
                json.convertValue(event.payload(), AS_MAP));
    }

    private static String cursorAt(long globalIndex) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + globalIndex).getBytes(StandardCharsets.UTF_8));
    }

    private static Long afterOf(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(CURSOR_PREFIX)) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring(CURSOR_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list gave out");
        }
    }
}
