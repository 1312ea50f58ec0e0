package dev.tandem.query.support;

import dev.tandem.platform.database.DatabaseServer;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Reads the tables as the login that owns them, which row-level security does not limit: what the projections
 * wrote for every business, as it is stored.
 */
public class TableOwner {

    private final JdbcTemplate jdbc;

    TableOwner(DatabaseServer server) {
        this.jdbc = new JdbcTemplate(new SimpleDriverDataSource(
                new org.postgresql.Driver(), server.jdbcUrl(), server.ownerUser(), server.ownerPassword()));
    }

    public Map<String, Object> row(String sql, Object... parameters) {
        return jdbc.queryForMap(sql, parameters);
    }

    public List<Map<String, Object>> rows(String sql, Object... parameters) {
        return jdbc.queryForList(sql, parameters);
    }

    public <T> T value(String sql, Class<T> type, Object... parameters) {
        return jdbc.queryForObject(sql, type, parameters);
    }
}
