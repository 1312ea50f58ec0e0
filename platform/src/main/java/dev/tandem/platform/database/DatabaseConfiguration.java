package dev.tandem.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two data sources on one database: the migrations run as the owning login, while every application
 * connection switches to the unprivileged application role, so row-level security always applies to it.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean
    DatabaseServer databaseServer(DatabaseProperties properties) {
        if (properties.external()) {
            return new DatabaseServer(properties.url(), properties.user(), properties.password());
        }
        return EmbeddedPostgres.start(properties);
    }

    /** Listens on every channel a part of the application registered (stored events, ended sessions). */
    @Bean
    DatabaseListener databaseListener(DatabaseServer server, List<ListenedChannel> channels) {
        return new DatabaseListener(server, channels);
    }

    @Bean
    ConnectionName connectionName() {
        return ConnectionName.ofThisInstance();
    }

    @Bean
    @Primary
    HikariDataSource dataSource(DatabaseServer server, DatabaseProperties properties, ConnectionName name) {
        var dataSource = new HikariDataSource();
        dataSource.addDataSourceProperty("ApplicationName", name.value());
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.ownerUser());
        dataSource.setPassword(server.ownerPassword());
        // Every wait is bounded: for a connection, for a row another transaction holds, for a statement.
        dataSource.setConnectionInitSql("set role " + properties.applicationRole()
                + "; set statement_timeout = " + properties.statementTimeout().toMillis()
                + "; set lock_timeout = " + properties.lockTimeout().toMillis());
        dataSource.setConnectionTimeout(properties.connectionWait().toMillis());
        dataSource.setValidationTimeout(
                Math.min(1_000, properties.connectionWait().toMillis() / 2));
        dataSource.setMaximumPoolSize(properties.maxPoolSize());
        dataSource.setPoolName("tandem");
        return dataSource;
    }

    /** In place of Spring Boot's JPA transaction manager, which it customises the same way. */
    @Bean
    PlatformTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
        var transactions = new RequestBoundTransactions();
        customizers.ifAvailable(each -> each.customize(transactions));
        return transactions;
    }

    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(DatabaseServer server) {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(), server.jdbcUrl(), server.ownerUser(), server.ownerPassword());
    }

    /**
     * Ten thousand pending writes at most: a rebuild's batch of a thousand events makes a few thousand, and
     * sending them before the commit would split the writes of a row that could have been merged into one.
     */
    @Bean
    DeferredWrites deferredWrites(JdbcTemplate jdbcTemplate) {
        return new DeferredWrites(jdbcTemplate, 10_000);
    }

    @Bean
    MigrationSet platformMigrations() {
        return new MigrationSet("platform", "classpath:db/migration/platform", 0);
    }

    /**
     * Runs every part's migrations in order, each against its own history table. The schema is shared, so
     * a set meeting tables of the others starts from an empty baseline (version 0) and applies all its own.
     */
    @Bean
    FlywayMigrationStrategy migrateEverySet(List<MigrationSet> sets, DatabaseProperties properties) {
        return flyway -> sets.stream()
                .sorted(Comparator.comparingInt(MigrationSet::order))
                .forEach(set -> Flyway.configure()
                        .configuration(flyway.getConfiguration())
                        .locations(set.location())
                        .placeholders(Map.of("appRole", properties.applicationRole()))
                        .table("flyway_" + set.name() + "_history")
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate());
    }
}
