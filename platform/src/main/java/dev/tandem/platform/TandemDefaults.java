package dev.tandem.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code tandem-defaults.properties} as the lowest-precedence property source, so the command side,
 * the query side and standalone share one set of defaults that each can still override. With the
 * {@code axonserver} profile, {@code tandem-defaults-axonserver.properties} comes just before it.
 * Runs after Spring Boot has read the configuration, so the active profiles are known.
 */
public class TandemDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of("axonserver"))) {
            addLast(environment, "tandem-defaults-axonserver.properties");
        }
        addLast(environment, "tandem-defaults.properties");
    }

    private static void addLast(ConfigurableEnvironment environment, String resource) {
        try {
            new PropertiesPropertySourceLoader()
                    .load(resource, new ClassPathResource(resource))
                    .forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
