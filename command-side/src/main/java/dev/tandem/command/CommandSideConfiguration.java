package dev.tandem.command;

import dev.tandem.platform.database.MigrationSet;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan
class CommandSideConfiguration {

    @Bean
    MigrationSet commandMigrations() {
        return new MigrationSet("command", "classpath:db/migration/command", 10);
    }
}
