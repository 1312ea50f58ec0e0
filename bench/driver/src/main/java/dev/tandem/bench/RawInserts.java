package dev.tandem.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under a change: the event rows a change through the API stores, copied from stored ones and inserted
 * straight into PostgreSQL, one transaction per change, by as many clients, on the server's own database and
 * settings. Goes into a scratch copy of the event table (its own sequence), so the running processors never see
 * these rows.
 *
 * <p>A status change stores one event; the booking lifecycle's three changes store one (confirmed), two (started,
 * and the provider turning BUSY) and three (completed, the earnings, and the provider released).
 */
final class RawInserts implements BenchDriver.Task {

    private static final Map<String, List<List<String>>> ROWS_OF_EACH_CHANGE = Map.of(
            "status", List.of(List.of("ProviderStatusChanged")),
            "lifecycle",
                    List.of(
                            List.of("BookingConfirmed"),
                            List.of("BookingStarted", "ProviderStatusChanged"),
                            List.of("BookingCompleted", "EarningsRecorded", "ProviderStatusChanged")));

    @Override
    public void run(String[] arguments) throws Exception {
        var args = new Args(arguments);
        String url =
                "jdbc:postgresql://127.0.0.1:" + args.integer("db-port", 5432) + "/" + args.text("database", "tandem");
        int concurrency = args.integer("concurrency", 16);
        int total = args.integer("changes", 3000);
        String mix = args.text("mix", "status");
        List<List<Row>> changes = new ArrayList<>();
        try (Connection setup = DriverManager.getConnection(url, "postgres", "")) {
            setup.createStatement().execute("drop table if exists bench_raw_event_entry");
            setup.createStatement()
                    .execute("create table bench_raw_event_entry (like domain_event_entry"
                            + " including defaults including constraints including indexes)");
            setup.createStatement().execute("create sequence if not exists bench_raw_event_entry_seq");
            setup.createStatement()
                    .execute("alter table bench_raw_event_entry alter column global_index"
                            + " set default nextval('bench_raw_event_entry_seq')");
            for (List<String> types : ROWS_OF_EACH_CHANGE.get(mix)) {
                var rows = new ArrayList<Row>();
                for (String type : types) {
                    rows.add(template(setup, type));
                }
                changes.add(rows);
            }
        }
        // The same warm-up as the API's closed loop: the driver's JIT and PostgreSQL's caches settle first.
        insertChanges(url, concurrency, changes, args.integer("warm-up-changes", 0));
        var millis = new ConcurrentLinkedQueue<Double>();
        long started = System.nanoTime();
        insertChanges(url, concurrency, changes, total, millis);
        double elapsed = (System.nanoTime() - started) / 1e9;
        var result = new LinkedHashMap<String, Object>();
        result.put("mix", mix);
        result.put("concurrency", concurrency);
        result.put("warmUpChanges", args.integer("warm-up-changes", 0));
        result.put("changes", millis.size());
        result.put(
                "rowsPerChange", changes.stream().mapToInt(List::size).average().orElse(0));
        result.put("changesPerSecond", Stats.round(millis.size() / elapsed));
        result.put("latencyMs", Stats.latencies(List.copyOf(millis)));
        try (Connection cleanup = DriverManager.getConnection(url, "postgres", "")) {
            cleanup.createStatement().execute("drop table bench_raw_event_entry");
            cleanup.createStatement().execute("drop sequence bench_raw_event_entry_seq");
        }
        System.out.println(Http.JSON.writeValueAsString(result));
    }

    private static void insertChanges(String url, int concurrency, List<List<Row>> changes, int total)
            throws Exception {
        insertChanges(url, concurrency, changes, total, new ConcurrentLinkedQueue<>());
    }

    /** {@code total} changes' rows, one transaction per change, by {@code concurrency} clients. */
    private static void insertChanges(
            String url, int concurrency, List<List<Row>> changes, int total, ConcurrentLinkedQueue<Double> millis)
            throws Exception {
        var next = new AtomicInteger();
        try (var clients = Executors.newFixedThreadPool(concurrency)) {
            for (int c = 0; c < concurrency; c++) {
                clients.submit(() -> {
                    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                            PreparedStatement insert = connection.prepareStatement(
                                    "insert into bench_raw_event_entry (event_identifier, aggregate_identifier,"
                                            + " sequence_number, type, time_stamp, payload_type, payload, meta_data)"
                                            + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        connection.setAutoCommit(false);
                        String aggregate = UUID.randomUUID().toString();
                        long sequence = 0;
                        for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                            long begin = System.nanoTime();
                            for (Row row : changes.get(n % changes.size())) {
                                insert.setString(1, UUID.randomUUID().toString());
                                insert.setString(2, aggregate);
                                insert.setLong(3, sequence++);
                                insert.setString(4, row.type());
                                insert.setString(5, java.time.Instant.now().toString());
                                insert.setString(6, row.payloadType());
                                insert.setBytes(7, row.payload());
                                insert.setBytes(8, row.metaData());
                                insert.executeUpdate();
                            }
                            connection.commit();
                            millis.add((System.nanoTime() - begin) / 1e6);
                        }
                    }
                    return null;
                });
            }
        }
    }

    private static Row template(Connection connection, String type) throws Exception {
        try (var query = connection.prepareStatement("select payload_type, payload, meta_data, type"
                + " from domain_event_entry where payload_type like ? order by global_index desc limit 1")) {
            query.setString(1, "%." + type);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No " + type + " stored yet to copy");
                }
                return new Row(rows.getString(1), rows.getBytes(2), rows.getBytes(3), rows.getString(4));
            }
        }
    }

    private record Row(String payloadType, byte[] payload, byte[] metaData, String type) {}
}
