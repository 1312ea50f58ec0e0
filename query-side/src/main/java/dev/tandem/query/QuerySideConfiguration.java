package dev.tandem.query;

import dev.tandem.platform.database.MigrationSet;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan
class QuerySideConfiguration {

    @Bean
    MigrationSet queryMigrations() {
        return new MigrationSet("query", "classpath:db/migration/query", 20);
    }
}
