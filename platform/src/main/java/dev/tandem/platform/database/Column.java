package dev.tandem.platform.database;

import java.util.regex.Pattern;

/**
 * A column of a read model's table, named once and typed by the values written to it, so that
 * {@link DeferredWrites.Columns#set} is checked by the compiler and no handler spells a column name of its own.
 * The name goes into SQL as it is, so it must be a plain lower-case identifier.
 *
 * @param <T> what the writes set the column to: an {@link java.time.Instant} is sent as a timestamp
 */
public record Column<T>(String name) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public Column {
        requireIdentifier(name);
    }

    /** Table and column names are pasted into SQL text, so nothing but an identifier may get through. */
    static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an identifier: " + name);
        }
    }
}
