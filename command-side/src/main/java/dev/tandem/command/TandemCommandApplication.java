package dev.tandem.command;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side on its own, for the split deployment (port 8081). */
@SpringBootApplication
public class TandemCommandApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(TandemCommandApplication.class);
        application.setDefaultProperties(Map.of("server.port", "8081", "spring.application.name", "tandem-command"));
        application.run(args);
    }
}
