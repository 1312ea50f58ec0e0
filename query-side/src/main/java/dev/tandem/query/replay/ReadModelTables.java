package dev.tandem.query.replay;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties a projection's tables before it is rebuilt from the event store. TRUNCATE reaches every
 * business's rows (row-level security does not govern it), which a rebuild needs.
 */
@Component
public class ReadModelTables {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcTemplate jdbc;

    ReadModelTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void truncate(String... tables) {
        for (String table : tables) {
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("Not a table name: " + table);
            }
        }
        jdbc.execute("truncate " + String.join(", ", tables));
    }
}
