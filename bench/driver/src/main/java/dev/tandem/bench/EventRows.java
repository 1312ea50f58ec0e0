package dev.tandem.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Writes events straight into the event store's table, as the seeders of the benchmarks do: each with a new
 * event id, in batches of statements committed every {@code batch} rows. Rows are only written on
 * {@link #close()} for the last, partial batch.
 */
final class EventRows implements AutoCloseable {

    record Row(
            String aggregateId,
            long sequence,
            String type,
            String timeStamp,
            String payloadType,
            String payloadRevision,
            String payload,
            String metaData) {}

    private final Connection connection;
    private final PreparedStatement insert;
    private final int batch;
    private int pending;

    EventRows(Connection connection, int batch) throws SQLException {
        this.connection = connection;
        this.batch = batch;
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement("insert into domain_event_entry"
                + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                + " payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** The server's database as its owner, with inserts sent as multi-row statements. */
    static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?reWriteBatchedInserts=true", "postgres", "");
    }

    void add(Row row) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, row.aggregateId());
        insert.setLong(3, row.sequence());
        insert.setString(4, row.type());
        insert.setString(5, row.timeStamp());
        insert.setString(6, row.payloadType());
        insert.setString(7, row.payloadRevision());
        insert.setBytes(8, row.payload().getBytes(StandardCharsets.UTF_8));
        insert.setBytes(9, row.metaData() == null ? null : row.metaData().getBytes(StandardCharsets.UTF_8));
        insert.addBatch();
        if (++pending == batch) {
            flush();
        }
    }

    private void flush() throws SQLException {
        insert.executeBatch();
        connection.commit();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        flush();
        insert.close();
    }
}
