package dev.tandem.query;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side on its own, for the split deployment (port 8082). */
@SpringBootApplication
public class TandemQueryApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(TandemQueryApplication.class);
        application.setDefaultProperties(Map.of("server.port", "8082", "spring.application.name", "tandem-query"));
        application.run(args);
    }
}
