package dev.tandem.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives one business thousands of providers for the ranking benchmark: copies the events of a template
 * provider (registered and given weekly hours through the API) under new provider ids, each with its own
 * home scattered around the template's, and one in ten with another skill. The projections then build their
 * views from these events like from any others. Prints the new provider ids.
 */
final class ProviderSeeder implements BenchDriver.Task {

    private static final Pattern HOME = Pattern.compile("\"home\":\\{\"lat\":[-0-9.Ee]+,\"lng\":[-0-9.Ee]+}");
    private static final Pattern EMAIL = Pattern.compile("\"email\":\"[^\"]*\"");
    private static final int BATCH = 2_000;

    private record Event(
            long sequence, String type, String payloadType, String payloadRevision, String payload, String metaData) {}

    @Override
    public void run(String[] arguments) throws Exception {
        var args = new Args(arguments);
        String template = args.text("template", null);
        int count = args.integer("count", 4_999);
        double lat = Double.parseDouble(args.text("lat", "48.8566"));
        double lng = Double.parseDouble(args.text("lng", "2.3522"));
        var random = new Random(args.integer("seed", 5_000));
        var ids = new ArrayList<String>();
        try (Connection connection =
                EventRows.connect(args.integer("db-port", 5432), args.text("database", "tandem"))) {
            List<Event> history = history(connection, template);
            long started = System.nanoTime();
            try (var rows = new EventRows(connection, BATCH)) {
                for (int i = 0; i < count; i++) {
                    String id = UUID.randomUUID().toString();
                    ids.add(id);
                    // Within about 12 km of the template's home, north-south and east-west.
                    String home = String.format(
                            Locale.ROOT,
                            "\"home\":{\"lat\":%.6f,\"lng\":%.6f}",
                            lat + (random.nextDouble() - 0.5) * 0.22,
                            lng + (random.nextDouble() - 0.5) * 0.33);
                    boolean otherSkill = random.nextInt(10) == 0;
                    for (Event event : history) {
                        String payload = event.payload().replace(template, id);
                        if (event.payloadType().endsWith("ProviderRegistered")) {
                            payload = HOME.matcher(payload).replaceFirst(home.replace("$", "\\$"));
                            payload =
                                    EMAIL.matcher(payload).replaceFirst("\"email\":\"seeded-" + id + "@example.com\"");
                            if (otherSkill) {
                                payload = payload.replace("\"cleaning\"", "\"gardening\"");
                            }
                        }
                        rows.add(new EventRows.Row(
                                id,
                                event.sequence(),
                                event.type(),
                                java.time.Instant.now().toString(),
                                event.payloadType(),
                                event.payloadRevision(),
                                payload,
                                event.metaData() == null
                                        ? null
                                        : event.metaData().replace(template, id)));
                    }
                }
            }
            System.err.printf("seeded %d providers in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
        }
        System.out.println("{\"providers\": [\"" + String.join("\", \"", ids) + "\"]}");
    }

    private static List<Event> history(Connection connection, String template) throws Exception {
        var events = new ArrayList<Event>();
        try (PreparedStatement select = connection.prepareStatement("select sequence_number, type, payload_type,"
                + " payload_revision, payload, meta_data from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number")) {
            select.setString(1, template);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new Event(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            new String(rows.getBytes(5), StandardCharsets.UTF_8),
                            rows.getBytes(6) == null ? null : new String(rows.getBytes(6), StandardCharsets.UTF_8)));
                }
            }
        }
        if (events.isEmpty()) {
            throw new IllegalStateException("The template provider has no events: " + template);
        }
        return events;
    }
}
