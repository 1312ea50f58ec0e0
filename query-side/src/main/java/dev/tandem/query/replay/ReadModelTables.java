package dev.tandem.query.replay;

import dev.tandem.platform.database.Table;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties a projection's tables before it is rebuilt from the event store. TRUNCATE reaches every
 * business's rows (row-level security does not govern it), which a rebuild needs.
 */
@Component
public class ReadModelTables {

    private final JdbcTemplate jdbc;

    ReadModelTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The names are plain identifiers ({@link Table} refuses any other), so they go into the statement as they are. */
    public void truncate(Table<?>... tables) {
        jdbc.execute("truncate " + Arrays.stream(tables).map(Table::name).collect(Collectors.joining(", ")));
    }
}
