package dev.tandem.platform.database;

/**
 * A read model's table and the column whose value names its rows, so that a write names its row by a value of
 * the key's type: what {@link DeferredWrites} merges and regroups writes by. The name goes into SQL as it is,
 * so it must be a plain lower-case identifier.
 *
 * @param <K> the type of the key column, the row's id
 */
public record Table<K>(String name, Column<K> key) {

    public Table {
        Column.requireIdentifier(name);
        if (key == null) {
            throw new IllegalArgumentException("The table " + name + " needs a key column");
        }
    }
}
