package dev.tandem.platform;

import dev.tandem.platform.database.DatabaseConfiguration;
import dev.tandem.platform.eventstore.AxonStorageConfiguration;
import dev.tandem.platform.faults.DeadLetterConfiguration;
import dev.tandem.platform.json.JsonConfiguration;
import dev.tandem.platform.security.SecurityConfiguration;
import dev.tandem.platform.tenancy.TenancyConfiguration;
import dev.tandem.platform.web.WebConfiguration;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Everything a Tandem application needs beneath its own capabilities. */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
            "org.axonframework.springboot.autoconfig.AxonAutoConfiguration"
        })
@ConfigurationPropertiesScan
@Import({
    DatabaseConfiguration.class,
    JsonConfiguration.class,
    AxonStorageConfiguration.class,
    DeadLetterConfiguration.class,
    TenancyConfiguration.class,
    SecurityConfiguration.class,
    WebConfiguration.class,
    dev.tandem.platform.consistency.ProjectionBarrier.class,
    dev.tandem.platform.consistency.ProcessorProgress.class
})
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
