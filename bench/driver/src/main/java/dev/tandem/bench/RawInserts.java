package dev.tandem.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under a status change: the same event row inserted straight into PostgreSQL, one transaction
 * per change, by as many clients. Goes into a scratch copy of the event table (its own sequence), so the
 * running processors never see these rows.
 */
final class RawInserts implements BenchDriver.Task {

    private static final String TEMPLATE = "select payload_type, payload, meta_data, type from domain_event_entry"
            + " where payload_type like '%ProviderStatusChanged' order by global_index desc limit 1";

    @Override
    public void run(String[] arguments) throws Exception {
        var args = new Args(arguments);
        String url =
                "jdbc:postgresql://127.0.0.1:" + args.integer("db-port", 5432) + "/" + args.text("database", "tandem");
        int concurrency = args.integer("concurrency", 16);
        int total = args.integer("changes", 3000);
        Row row;
        try (Connection setup = DriverManager.getConnection(url, "postgres", "")) {
            setup.createStatement().execute("drop table if exists bench_raw_event_entry");
            setup.createStatement()
                    .execute("create table bench_raw_event_entry (like domain_event_entry"
                            + " including defaults including constraints including indexes)");
            setup.createStatement().execute("create sequence if not exists bench_raw_event_entry_seq");
            setup.createStatement()
                    .execute("alter table bench_raw_event_entry alter column global_index"
                            + " set default nextval('bench_raw_event_entry_seq')");
            row = template(setup);
        }
        var millis = new ConcurrentLinkedQueue<Double>();
        var next = new AtomicInteger();
        long started = System.nanoTime();
        try (var clients = Executors.newFixedThreadPool(concurrency)) {
            for (int c = 0; c < concurrency; c++) {
                clients.submit(() -> {
                    try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                            PreparedStatement insert = connection.prepareStatement(
                                    "insert into bench_raw_event_entry (event_identifier, aggregate_identifier,"
                                            + " sequence_number, type, time_stamp, payload_type, payload, meta_data)"
                                            + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        String aggregate = UUID.randomUUID().toString();
                        for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                            long begin = System.nanoTime();
                            insert.setString(1, UUID.randomUUID().toString());
                            insert.setString(2, aggregate);
                            insert.setLong(3, n);
                            insert.setString(4, row.type());
                            insert.setString(5, java.time.Instant.now().toString());
                            insert.setString(6, row.payloadType());
                            insert.setBytes(7, row.payload());
                            insert.setBytes(8, row.metaData());
                            insert.executeUpdate();
                            millis.add((System.nanoTime() - begin) / 1e6);
                        }
                    }
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        var result = new LinkedHashMap<String, Object>();
        result.put("concurrency", concurrency);
        result.put("inserts", millis.size());
        result.put("insertsPerSecond", Stats.round(millis.size() / elapsed));
        result.put("latencyMs", Stats.latencies(List.copyOf(millis)));
        try (Connection cleanup = DriverManager.getConnection(url, "postgres", "")) {
            cleanup.createStatement().execute("drop table bench_raw_event_entry");
            cleanup.createStatement().execute("drop sequence bench_raw_event_entry_seq");
        }
        System.out.println(Http.JSON.writeValueAsString(result));
    }

    private static Row template(Connection connection) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery(TEMPLATE)) {
            if (!rows.next()) {
                throw new IllegalStateException("No status change stored yet to copy");
            }
            return new Row(rows.getString(1), rows.getBytes(2), rows.getBytes(3), rows.getString(4));
        }
    }

    private record Row(String payloadType, byte[] payload, byte[] metaData, String type) {}
}
