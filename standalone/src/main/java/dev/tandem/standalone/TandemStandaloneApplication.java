package dev.tandem.standalone;

import dev.tandem.command.TandemCommandApplication;
import dev.tandem.query.TandemQueryApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The command side and the query side in one process: local buses, one embedded PostgreSQL. Scans both
 * sides' packages but not their own application classes, which would each pull in a second setup.
 */
@SpringBootApplication(scanBasePackages = {"dev.tandem.command", "dev.tandem.query", "dev.tandem.standalone"})
@ComponentScan(
        basePackages = {"dev.tandem.command", "dev.tandem.query", "dev.tandem.standalone"},
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.ASSIGNABLE_TYPE,
                        classes = {TandemCommandApplication.class, TandemQueryApplication.class}))
@EntityScan({"dev.tandem.command", "dev.tandem.query"})
@EnableJpaRepositories({"dev.tandem.command", "dev.tandem.query"})
public class TandemStandaloneApplication {

    public static void main(String[] args) {
        SpringApplication.run(TandemStandaloneApplication.class, args);
    }
}
