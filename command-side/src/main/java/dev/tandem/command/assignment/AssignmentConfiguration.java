package dev.tandem.command.assignment;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import dev.tandem.platform.eventstore.EventStoreProperties;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The saga's offers expire on deadlines kept in PostgreSQL (db-scheduler, table {@code scheduled_tasks}), so
 * they survive a restart and fire on one instance only. Axon contributes the deadline task and the deadline
 * manager once this scheduler exists, but leaves starting and stopping it to the application: it runs while
 * Axon's event processors do, so a deadline that fires finds its saga's processor running.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tandem.assignment.enabled", havingValue = "true", matchIfMissing = true)
class AssignmentConfiguration {

    static final String PROCESSING_GROUP = "AssignmentSagaProcessor";

    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks) {
        return Scheduler.create(dataSource, tasks)
                .threads(2)
                // An offer lasts minutes; a deadline a second or two late costs nobody anything, and each look is a
                // statement an idle server sends.
                .pollingInterval(Duration.ofSeconds(2))
                .enableImmediateExecution()
                .registerShutdownHook()
                .build();
    }

    @Bean
    ConfigurerModule deadlinesRunWithTheProcessors(Scheduler deadlineScheduler) {
        return configurer -> configurer.onInitialize(config -> {
            config.onStart(Phase.INBOUND_EVENT_CONNECTORS, deadlineScheduler::start);
            config.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, deadlineScheduler::stop);
        });
    }

    /**
     * The saga looks at bookings from the moment it is first deployed: a business's past declines are not
     * auto-assigned again.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    ConfigurerModule assignmentSagaFromTheHeadOfTheStream(EventStoreProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerTrackingEventProcessor(
                PROCESSING_GROUP,
                config -> config.eventStore(),
                config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(properties.handlingBatchSize())
                        .andEventAvailabilityTimeout(properties.idleWait().toMillis(), TimeUnit.MILLISECONDS)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken)));
    }

    /** With Axon Server the saga's processor is a pooled one like every other, from the head as well. */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    ConfigurerModule pooledAssignmentSagaFromTheHeadOfTheStream() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessor(
                PROCESSING_GROUP,
                config -> config.eventStore(),
                (config, builder) -> builder.initialToken(StreamableMessageSource::createHeadToken)));
    }
}
