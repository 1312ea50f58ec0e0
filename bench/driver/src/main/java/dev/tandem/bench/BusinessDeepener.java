package dev.tandem.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives one business a long past for the board-at-an-instant benchmark: its bookings' histories (the Booking
 * events and the provider status changes they caused) copied again and again, each copy a month further back
 * with new ids (the business, its providers, customers and users keep theirs) and every instant in it moved
 * back by as many months, its events spread evenly over
 * that month, until the business has {@code --events} events. The business and its providers stay the same,
 * their own setting-up events (sign-up, providers registered, weekly hours) moved before the oldest month.
 * The business's events are then stored again in the order of their times, as a business working for a year
 * would have stored them; the providers' events are numbered again in that order and their aggregate
 * snapshots dropped.
 *
 * <p>Run with the server stopped ({@code --data-dir}); the projections are to be rebuilt afterwards.
 */
final class BusinessDeepener implements BenchDriver.Task {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern INSTANT_TEXT =
            Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z)\"");
    private static final Duration MONTH = Duration.ofDays(30);
    /** Instants moved back in the copies' payloads, reported so that a change of their format shows. */
    private static final AtomicLong MOVED = new AtomicLong();

    private static final String STATUS_CHANGED = "dev.tandem.api.provider.ProviderStatusChanged";

    private record Event(
            String aggregateId,
            long sequence,
            String type,
            Instant time,
            String payloadType,
            String payloadRevision,
            String payload,
            String metaData) {

        boolean ofABooking() {
            return "Booking".equals(type) || STATUS_CHANGED.equals(payloadType);
        }

        Event at(Instant storedAt) {
            return new Event(aggregateId, sequence, type, storedAt, payloadType, payloadRevision, payload, metaData);
        }

        Event numbered(long newSequence) {
            return new Event(aggregateId, newSequence, type, time, payloadType, payloadRevision, payload, metaData);
        }
    }

    @Override
    public void run(String[] arguments) throws Exception {
        var args = new Args(arguments);
        try (var database = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args.text("data-dir", "")).resolve("postgres"))
                .setCleanDataDirectory(false)
                .setServerConfig("timezone", "UTC")
                .start()) {
            try (Connection connection = EventRows.connect(database.getPort(), args.text("database", "tandem"))) {
                deepen(connection, UUID.fromString(args.text("business", "")), args.integer("events", 100_000));
            }
        }
    }

    private static void deepen(Connection connection, UUID business, int target) throws Exception {
        long started = System.nanoTime();
        List<Event> history = history(connection, business);
        List<Event> bookings = history.stream().filter(Event::ofABooking).toList();
        List<Event> settingUp =
                history.stream().filter(event -> !event.ofABooking()).toList();
        Instant firstBooking = bookings.getFirst().time();
        // The business, its providers, customers and users keep their ids; every other id in a copy (bookings,
        // earnings, offers, messages) is new, or the copies' rows would collide with the originals'.
        Set<String> kept = new HashSet<>();
        for (Event event : settingUp) {
            kept.add(event.aggregateId());
            idsIn(event.payload(), kept);
            idsIn(event.metaData(), kept);
        }

        var deeper = new ArrayList<Event>();
        int months = 0;
        while (history.size() + deeper.size() < target) {
            months++;
            deeper.addAll(monthBack(bookings, months, firstBooking, kept));
        }
        Instant oldest = firstBooking.minus(MONTH.multipliedBy(months + 1L));
        var all = new ArrayList<Event>();
        for (int i = 0; i < settingUp.size(); i++) {
            all.add(settingUp.get(i).at(oldest.plusMillis(i)));
        }
        all.addAll(deeper);
        all.addAll(bookings);
        all.sort(Comparator.comparing(Event::time)); // stable: the same order within an instant
        List<Event> numbered = numberedAgain(all);

        connection.setAutoCommit(false);
        dropAggregateSnapshots(connection, history);
        try (var delete = connection.prepareStatement("delete from domain_event_entry where business_id = ?")) {
            delete.setObject(1, business);
            delete.executeUpdate();
        }
        try (var rows = new EventRows(connection, 5_000)) {
            for (Event event : numbered) {
                rows.add(new EventRows.Row(
                        event.aggregateId(),
                        event.sequence(),
                        event.type(),
                        event.time().toString(),
                        event.payloadType(),
                        event.payloadRevision(),
                        event.payload(),
                        event.metaData()));
            }
        }
        int processors = EventSeeder.handledByEveryProcessor(connection);
        EventSeeder.vacuum(connection);
        System.out.printf(
                "{\"events\": %d, \"months\": %d, \"since\": \"%s\", \"instantsMoved\": %d, \"seconds\": %.1f,"
                        + " \"processorsMoved\": %d}%n",
                numbered.size(), months + 1, oldest, MOVED.get(), (System.nanoTime() - started) / 1e9, processors);
    }

    /**
     * The bookings' events a number of months back: new ids, every instant they name moved back, and
     * their times spread evenly over that month in the order they happened.
     */
    private static List<Event> monthBack(List<Event> bookings, int months, Instant firstBooking, Set<String> kept) {
        Duration back = MONTH.multipliedBy(months);
        Instant monthStart = firstBooking.minus(back);
        long step = MONTH.toMillis() / bookings.size();
        var newIds = new HashMap<String, String>();
        var copies = new ArrayList<Event>();
        for (int i = 0; i < bookings.size(); i++) {
            Event event = bookings.get(i);
            copies.add(new Event(
                    renamed(event.aggregateId(), newIds, kept),
                    event.sequence(),
                    event.type(),
                    monthStart.plusMillis(i * step),
                    event.payloadType(),
                    event.payloadRevision(),
                    movedBack(renamed(event.payload(), newIds, kept), back),
                    event.metaData() == null ? null : renamed(event.metaData(), newIds, kept)));
        }
        return copies;
    }

    /**
     * The providers' (and any other non-booking aggregate's) events numbered again in the order they are now
     * stored: a provider's status changes of every month now come between its own other events.
     */
    private static List<Event> numberedAgain(List<Event> events) {
        var next = new HashMap<String, Long>();
        var numbered = new ArrayList<Event>(events.size());
        for (Event event : events) {
            if (event.type() == null || "Booking".equals(event.type())) {
                numbered.add(event);
                continue;
            }
            numbered.add(event.numbered(next.merge(event.aggregateId(), 1L, Long::sum) - 1));
        }
        return numbered;
    }

    private static void dropAggregateSnapshots(Connection connection, List<Event> history) throws Exception {
        try (PreparedStatement drop =
                connection.prepareStatement("delete from snapshot_event_entry where aggregate_identifier = ?")) {
            for (String aggregate :
                    history.stream().map(Event::aggregateId).distinct().toList()) {
                drop.setString(1, aggregate);
                drop.addBatch();
            }
            drop.executeBatch();
        }
    }

    private static List<Event> history(Connection connection, UUID business) throws Exception {
        var events = new ArrayList<Event>();
        try (var query = connection.prepareStatement("select aggregate_identifier, sequence_number, type, time_stamp,"
                + " payload_type, payload_revision, payload, meta_data from domain_event_entry"
                + " where business_id = ? order by global_index")) {
            query.setObject(1, business);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(new Event(
                            rows.getString(1),
                            rows.getLong(2),
                            rows.getString(3),
                            Instant.parse(rows.getString(4)),
                            rows.getString(5),
                            rows.getString(6),
                            new String(rows.getBytes(7), StandardCharsets.UTF_8),
                            rows.getBytes(8) == null ? null : new String(rows.getBytes(8), StandardCharsets.UTF_8)));
                }
            }
        }
        if (events.isEmpty()) {
            throw new IllegalStateException("The business has no events");
        }
        return events;
    }

    /** Every id in the text replaced by its copy's, but those kept (the business's, its providers'...). */
    private static String renamed(String text, Map<String, String> newIds, Set<String> kept) {
        Matcher ids = UUID_TEXT.matcher(text);
        return ids.replaceAll(match -> kept.contains(match.group())
                ? match.group()
                : newIds.computeIfAbsent(match.group(), old -> UUID.randomUUID().toString()));
    }

    private static void idsIn(String text, Set<String> ids) {
        if (text != null) {
            UUID_TEXT.matcher(text).results().forEach(id -> ids.add(id.group()));
        }
    }

    private static String movedBack(String payload, Duration back) {
        Matcher instants = INSTANT_TEXT.matcher(payload);
        return instants.replaceAll(match -> {
            MOVED.incrementAndGet();
            return Matcher.quoteReplacement("\"" + Instant.parse(match.group(1)).minus(back) + "\"");
        });
    }
}
