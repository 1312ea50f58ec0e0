package dev.tandem.platform.database;

/**
 * A folder of Flyway migrations owned by one part of Tandem, with its own history table, so the command
 * side and the query side can evolve their tables independently in one shared database.
 *
 * @param name short name; the history table is {@code flyway_<name>_history}
 * @param location Flyway location, e.g. {@code classpath:db/migration/command}
 * @param order lower runs first (the platform's tables and roles come before everything else)
 */
public record MigrationSet(String name, String location, int order) {}
