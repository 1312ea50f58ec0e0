package dev.tandem.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the event store to a given size for the replay benchmark: copies the events stored so far (the demo
 * business's history) again and again, each copy a business of its own — every id in it replaced by a new
 * one, consistently within the copy — so the projections rebuild a million real events, not one repeated.
 * With {@code --interleave N}, N copies at a time have their events interleaved, as businesses using the
 * system at the same time do; by default each business's history is stored in one run.
 */
final class EventSeeder implements BenchDriver.Task {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BATCH = 5_000;

    private record Event(
            String eventId,
            String aggregateId,
            long sequence,
            String type,
            String timeStamp,
            String payloadType,
            String payloadRevision,
            String payload,
            String metaData) {}

    /**
     * With {@code --data-dir} (the server's, the server stopped) it starts PostgreSQL on that folder itself:
     * a running server would take a million new events in as they are stored, which is not what the replay
     * benchmark measures. Otherwise it writes to the server's database at {@code --db-port}.
     */
    @Override
    public void run(String[] arguments) throws Exception {
        var args = new Args(arguments);
        if (args.has("data-dir")) {
            try (var database = EmbeddedPostgres.builder()
                    .setDataDirectory(Path.of(args.text("data-dir", "")).resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .start()) {
                seed(args, database.getPort());
            }
        } else {
            seed(args, args.integer("db-port", 5432));
        }
    }

    private void seed(Args args, int port) throws Exception {
        int target = args.integer("events", 1_000_000);
        try (Connection connection = EventRows.connect(port, args.text("database", "tandem"))) {
            List<Event> history = history(connection);
            long stored = count(connection);
            long started = System.nanoTime();
            int interleaved = args.integer("interleave", 1);
            try (var rows = new EventRows(connection, BATCH)) {
                while (stored < target) {
                    stored += copyInterleaved(history, interleaved, rows);
                }
            }
            int processors = handledByEveryProcessor(connection);
            vacuum(connection);
            System.out.printf(
                    "{\"events\": %d, \"seconds\": %.1f, \"processorsMoved\": %d}%n",
                    stored, (System.nanoTime() - started) / 1e9, processors);
        }
    }

    /**
     * Copies the history into {@code businesses} new businesses at once, their events taking turns as those of
     * businesses working at the same time do: each event of the history once for every copy, then the next.
     */
    private static int copyInterleaved(List<Event> history, int businesses, EventRows rows) throws Exception {
        var newIds = new ArrayList<Map<String, String>>();
        for (int business = 0; business < businesses; business++) {
            newIds.add(new HashMap<>());
        }
        for (Event event : history) {
            for (Map<String, String> ids : newIds) {
                rows.add(copy(event, ids));
            }
        }
        return history.size() * businesses;
    }

    /**
     * A history stored long ago is one every processor has handled: their tokens move past the copies. Otherwise
     * the sagas and policies would take the copies for new events while the projections are rebuilt, offering
     * bookings and sending commands, which is not what the benchmark measures.
     */
    static int handledByEveryProcessor(Connection connection) throws Exception {
        try (var statement = connection.createStatement()) {
            int moved = statement.executeUpdate("""
                    update token_entry
                       set token = convert_to(json_build_object(
                               'index', (select max(global_index) from domain_event_entry),
                               'gaps', json_build_array())::text, 'UTF8')
                     where token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken'""");
            connection.commit();
            return moved;
        }
    }

    /**
     * What autovacuum does to a history stored long ago, done now rather than during the benchmark: the first
     * read of a million new rows otherwise writes every page of them again (hint bits), and a vacuum of the
     * table can start half-way through a rebuild, both on the 2 cores the rebuild is measured on.
     */
    static void vacuum(Connection connection) throws Exception {
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            statement.execute("vacuum (analyze) domain_event_entry");
        }
    }

    private static List<Event> history(Connection connection) throws Exception {
        var events = new ArrayList<Event>();
        try (ResultSet rows = connection
                .createStatement()
                .executeQuery("select event_identifier,"
                        + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,"
                        + " payload, meta_data from domain_event_entry order by global_index")) {
            while (rows.next()) {
                events.add(new Event(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getLong(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        new String(rows.getBytes(8), StandardCharsets.UTF_8),
                        rows.getBytes(9) == null ? null : new String(rows.getBytes(9), StandardCharsets.UTF_8)));
            }
        }
        if (events.isEmpty()) {
            throw new IllegalStateException("Nothing stored yet to copy");
        }
        return events;
    }

    private static long count(Connection connection) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery("select count(*) from domain_event_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static EventRows.Row copy(Event event, Map<String, String> newIds) {
        return new EventRows.Row(
                renamed(event.aggregateId(), newIds),
                event.sequence(),
                event.type(),
                event.timeStamp(),
                event.payloadType(),
                event.payloadRevision(),
                renamed(event.payload(), newIds),
                event.metaData() == null ? null : renamed(event.metaData(), newIds));
    }

    /** Every id in the text replaced by its new one in this copy. */
    private static String renamed(String text, Map<String, String> newIds) {
        Matcher ids = UUID_TEXT.matcher(text);
        return ids.replaceAll(match ->
                newIds.computeIfAbsent(match.group(), old -> UUID.randomUUID().toString()));
    }
}
