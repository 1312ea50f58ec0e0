package dev.tandem.platform.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Single-row writes in plain SQL, held until the transaction commits and then sent in JDBC batches, as JPA
 * does with its entities. A processor handling a batch of events in one transaction otherwise waits for one
 * round trip to the database per statement; a rebuild made tens of thousands of them per second.
 *
 * <p>Each write names the row it changes. Writes to different rows do not depend on each other, so they are
 * regrouped: the first write of every row first, batched by statement, then the second ones, and so on, so
 * each row sees its writes in the order they were made. A write that reads or changes other rows must not be
 * deferred: {@link #flush(Table...)} the pending writes of the tables it reads first and run it directly.
 * A read of one column of one row can often do without the flush: {@link #read}.
 *
 * <p>The writes of {@link #insert} and {@link #update}, which name the columns they set or add to, are merged
 * while they wait: a row inserted, assigned, started and completed in one transaction is one insert. A write
 * of {@link #write} is sent as it is, and the row's later writes are merged after it.
 *
 * <p>Tables and columns are named by {@link Table} and {@link Column}, declared once per read model, so that
 * the compiler checks each value against its column and each id against its table's key.
 *
 * <p>Pending writes are also sent before the transaction changes business (row-level security checks each
 * row against the business set then) and when {@code limit} of them are waiting. Outside a transaction a
 * write runs at once.
 */
public class DeferredWrites {

    private final JdbcTemplate jdbc;
    private final int limit;

    public DeferredWrites(JdbcTemplate jdbc, int limit) {
        this.jdbc = jdbc;
        this.limit = limit;
    }

    /**
     * Defers a statement that changes the row {@code id} of {@code table}, and only that row. An {@link Instant}
     * among the parameters is sent as a timestamp, as by {@link Columns#set}.
     */
    public <K> void write(Table<K> table, K id, String sql, Object... parameters) {
        defer(new Statement(
                Row.of(table, id),
                sql,
                Arrays.stream(parameters).map(Columns::sendable).toArray()));
    }

    /**
     * Defers inserting the row whose {@link Table#key} is {@code id}, with the columns {@code values} sets,
     * unless a row with that key exists already: then the row's later updates in this transaction apply to
     * that one, as they would have after an insert that did nothing.
     */
    public <K> void insert(Table<K> table, K id, Consumer<Columns> values) {
        var insert = new Insert(Row.of(table, id), table.key().name());
        values.accept(insert.columns);
        defer(insert);
    }

    /** Defers setting and adding to columns of the row whose {@link Table#key} is {@code id}. */
    public <K> void update(Table<K> table, K id, Consumer<Columns> changes) {
        var update = new Update(Row.of(table, id), table.key().name());
        changes.accept(update.columns);
        Pending pending = pending();
        if (pending != null && pending.lastWriteOf(update.row()) instanceof ColumnWrite earlier) {
            earlier.merge(update.columns);
        } else {
            defer(update);
        }
    }

    /**
     * A column of one row as this transaction leaves it: from the row's pending writes when they set it, so
     * that nothing is sent or read; else from {@code stored}, which reads it from the database. The table's
     * pending writes are sent first when the database could not answer without them: the row's insert or a
     * plain statement is still waiting, or a pending update adds to the column. A value from the pending writes
     * is the one set, of the column's type: an {@link Instant} becomes a timestamp only when it is sent.
     */
    @SuppressWarnings("unchecked") // Columns#set only takes a value of the column's type; a sum is a Long.
    public <K, T> T read(Table<K> table, K id, Column<T> column, Supplier<T> stored) {
        var row = Row.of(table, id);
        String name = column.name();
        Pending pending = pending();
        Write last = pending == null ? null : pending.lastWriteOf(row);
        if (last instanceof ColumnWrite write && write.columns.set.containsKey(name)) {
            return (T) write.columns.set.get(name);
        }
        if (last != null && (pending.isInsertedOrStated(row) || ((Update) last).columns.added.containsKey(name))) {
            flush(table);
        }
        return stored.get();
    }

    /** Sends what is pending in this transaction: before a read of the rows written, for one. */
    public void flush() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending && !pending.isEmpty()) {
            send(pending.takeAll());
        }
    }

    /** Sends what is pending for these tables, before a read of them; the other tables' writes can wait. */
    public void flush(Table<?>... tables) {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending && !pending.isEmpty()) {
            send(pending.take(Arrays.stream(tables).map(Table::name).collect(Collectors.toSet())));
        }
    }

    /**
     * Forgets what is pending in this transaction, unsent: the writes of a handler whose event failed, whose
     * savepoint is rolled back to (the dead-letter queue's isolation of one event).
     */
    public void discard() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            pending.takeAll();
        }
    }

    private void defer(Write write) {
        Pending pending = pending();
        if (pending == null) {
            write.send(jdbc);
            return;
        }
        pending.add(write);
        if (pending.size() >= limit) {
            send(pending.takeAll());
        }
    }

    private void send(List<Write> writes) {
        inBatches(writes).forEach(batch -> jdbc.batchUpdate(batch.sql(), batch.parameters()));
    }

    /** The writes as batches of one statement each, every row's writes in the order they were made. */
    private static List<Batch> inBatches(List<Write> writes) {
        var rounds = new ArrayList<Map<String, List<Object[]>>>();
        var writesPerRow = new HashMap<Row, Integer>();
        for (Write write : writes) {
            int round = writesPerRow.merge(write.row(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new LinkedHashMap<>());
            }
            rounds.get(round)
                    .computeIfAbsent(write.sql(), sql -> new ArrayList<>())
                    .add(write.parameters());
        }
        return rounds.stream()
                .flatMap(round -> round.entrySet().stream())
                .map(statement -> new Batch(statement.getKey(), statement.getValue()))
                .toList();
    }

    private record Batch(String sql, List<Object[]> parameters) {}

    /** The writes pending in this transaction; none outside one. */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            return pending;
        }
        var pending = new Pending();
        TransactionSynchronizationManager.bindResource(this, pending);
        // DeferredWrites.this: a TransactionSynchronization has a flush() of its own, which does nothing.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void flush() {
                DeferredWrites.this.flush();
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                DeferredWrites.this.flush();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DeferredWrites.this);
            }
        });
        return pending;
    }

    /** The columns a write sets, and the numbers it adds to others'. */
    public static final class Columns {

        private final Map<String, Object> set = new LinkedHashMap<>();
        private final Map<String, Long> added = new LinkedHashMap<>();

        private Columns() {}

        /** Sets the column to the value; an {@link Instant} is sent as a timestamp, which the driver takes. */
        public <T> Columns set(Column<T> column, T value) {
            return set(column.name(), value);
        }

        /**
         * Adds to the column's number; to the value this write sets, if it sets one. A counter's column is a
         * {@code Column<Long>}: the sum of a value set and an amount added is a long.
         */
        public Columns add(Column<Long> column, long amount) {
            return add(column.name(), amount);
        }

        private Columns set(String column, Object value) {
            added.remove(column);
            set.put(column, value);
            return this;
        }

        /**
         * PostgreSQL keeps microseconds and rounds what is finer: an event's instant of …626999700 would be
         * stored as …627000, and a view cut to milliseconds would then show …627 where the aggregate's answer,
         * cut from the same instant, shows …626. Cut to microseconds here, both show …626.
         */
        private static Object sendable(Object value) {
            return value instanceof Instant instant ? Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS)) : value;
        }

        private Columns add(String column, long amount) {
            if (set.containsKey(column)) {
                set.put(column, plus(set.get(column), amount));
            } else {
                added.merge(column, amount, Long::sum);
            }
            return this;
        }

        /** What both writes do, this one first. */
        private void then(Columns later) {
            later.set.forEach(this::set);
            later.added.forEach(this::add);
        }

        /** The values set, as they are sent, then the amounts added. */
        private List<Object> values() {
            var values = setValues();
            values.addAll(added.values());
            return values;
        }

        /** Instants are kept as they were set, for {@link DeferredWrites#read}, and become timestamps only here. */
        private List<Object> setValues() {
            return set.values().stream().map(Columns::sendable).collect(Collectors.toCollection(ArrayList::new));
        }

        /** {@code column = ?} for each column set, {@code column = table.column + ?} for each added to. */
        private String assignments(String table) {
            var assignments = new ArrayList<String>();
            set.keySet().forEach(column -> assignments.add(column + " = ?"));
            added.keySet().forEach(column -> assignments.add(column + " = " + table + "." + column + " + ?"));
            return String.join(", ", assignments);
        }

        private boolean isEmpty() {
            return set.isEmpty() && added.isEmpty();
        }

        private static Object plus(Object value, long amount) {
            if (value == null) {
                return null; // as in SQL: nothing plus a number is nothing
            }
            if (value instanceof Number number) {
                return number.longValue() + amount;
            }
            throw new IllegalArgumentException("Cannot add " + amount + " to " + value);
        }
    }

    private record Row(String table, Object id) {

        static <K> Row of(Table<K> table, K id) {
            return new Row(table.name(), id);
        }
    }

    private sealed interface Write permits Statement, ColumnWrite {
        Row row();

        String sql();

        Object[] parameters();

        default void send(JdbcTemplate jdbc) {
            jdbc.update(sql(), parameters());
        }
    }

    private record Statement(Row row, String sql, Object[] parameters) implements Write {}

    /** A write described by its columns, so that the row's later updates can be merged into it. */
    private abstract static sealed class ColumnWrite implements Write permits Insert, Update {

        final Row row;
        final String key;
        final Columns columns = new Columns();

        ColumnWrite(Row row, String key) {
            this.row = row;
            this.key = key;
        }

        @Override
        public Row row() {
            return row;
        }

        /** Takes on what a later update of the row does, as if it ran after this write. */
        abstract void merge(Columns later);
    }

    /**
     * Inserts the row with the values set, updates merged into them. Should the row exist already, the merged
     * updates apply to it instead, as they would have after an insert that did nothing.
     */
    private static final class Insert extends ColumnWrite {

        private final Columns ifExisting = new Columns();

        Insert(Row row, String key) {
            super(row, key);
        }

        @Override
        void merge(Columns later) {
            later.added.keySet().stream()
                    .filter(column -> !columns.set.containsKey(column))
                    .findAny()
                    .ifPresent(column -> {
                        throw new IllegalArgumentException(
                                "Cannot add to " + column + ", which the insert of " + row + " does not set");
                    });
            columns.then(later);
            ifExisting.then(later);
        }

        @Override
        public String sql() {
            var names = new ArrayList<String>();
            names.add(key);
            names.addAll(columns.set.keySet());
            return "insert into " + row.table() + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", Collections.nCopies(names.size(), "?")) + ") on conflict (" + key + ") do "
                    + (ifExisting.isEmpty() ? "nothing" : "update set " + ifExisting.assignments(row.table()));
        }

        @Override
        public Object[] parameters() {
            var parameters = new ArrayList<>();
            parameters.add(row.id());
            parameters.addAll(columns.setValues());
            parameters.addAll(ifExisting.values());
            return parameters.toArray();
        }
    }

    /** Sets columns of the row and adds to others. */
    private static final class Update extends ColumnWrite {

        Update(Row row, String key) {
            super(row, key);
        }

        @Override
        void merge(Columns later) {
            columns.then(later);
        }

        @Override
        public String sql() {
            return "update " + row.table() + " set " + columns.assignments(row.table()) + " where " + key + " = ?";
        }

        @Override
        public Object[] parameters() {
            var parameters = columns.values();
            parameters.add(row.id());
            return parameters.toArray();
        }
    }

    /** The writes waiting for the commit, in the order they were made, and the last one of each row. */
    private static final class Pending {

        private final List<Write> writes = new ArrayList<>();
        private final Map<Row, Write> lastOfRow = new HashMap<>();
        /** Rows with an insert or a plain statement waiting, whose stored values are not what they will be. */
        private final Set<Row> insertedOrStated = new HashSet<>();

        void add(Write write) {
            writes.add(write);
            lastOfRow.put(write.row(), write);
            if (!(write instanceof Update)) {
                insertedOrStated.add(write.row());
            }
        }

        Write lastWriteOf(Row row) {
            return lastOfRow.get(row);
        }

        boolean isInsertedOrStated(Row row) {
            return insertedOrStated.contains(row);
        }

        int size() {
            return writes.size();
        }

        boolean isEmpty() {
            return writes.isEmpty();
        }

        List<Write> takeAll() {
            var taken = List.copyOf(writes);
            writes.clear();
            lastOfRow.clear();
            insertedOrStated.clear();
            return taken;
        }

        List<Write> take(Set<String> tables) {
            var taken = new ArrayList<Write>();
            writes.removeIf(write -> tables.contains(write.row().table()) && taken.add(write));
            taken.forEach(write -> {
                lastOfRow.remove(write.row());
                insertedOrStated.remove(write.row());
            });
            return taken;
        }
    }
}
