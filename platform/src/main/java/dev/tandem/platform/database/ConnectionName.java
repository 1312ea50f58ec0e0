package dev.tandem.platform.database;

import java.util.UUID;

/**
 * The name this application's database connections give PostgreSQL ({@code application_name}), one per
 * instance: it shows in {@code pg_stat_activity}, and a notification of stored events carries it, so an instance
 * can tell its own commits, whose readers it wakes directly, from other processes'.
 */
public record ConnectionName(String value) {

    static ConnectionName ofThisInstance() {
        return new ConnectionName("tandem-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
