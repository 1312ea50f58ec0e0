package dev.tandem.query.support;

import dev.tandem.query.TandemQueryApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The query side on a real embedded PostgreSQL, for the projections' own tests. The event store is empty, so
 * the processors handle nothing: events reach a projection only through {@link Projector}. A real server on a
 * random port, as the WebSocket endpoint needs one (nothing here calls it). The properties are the same for
 * every class, so all of them share one cached context and one database; each test makes its own businesses.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = TandemQueryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tandem.database.persistent=false",
            "tandem.database.durable=false",
            "tandem.database.database-name=query_projections",
            "tandem.security.jwt-secret=query-projection-tests-secret-of-32-bytes",
            "logging.level.org.axonframework=WARN"
        })
@Import({Projector.class, TableOwner.class})
public @interface ProjectionTest {}
