package dev.tandem.query.webhook;

import dev.tandem.platform.consistency.ProcessorProgress;
import dev.tandem.platform.eventstore.EventStoreProperties;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhook outbox's processor. The processor keeps its token in the token store like the
 * projections, so it goes on from where it was after a restart; when first deployed it starts at the head of
 * the stream (history is not sent to endpoints registered later), and a rebuild, which resets only the
 * projections, leaves it alone: a rebuild sends nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    ConfigurerModule webhookOutboxFromTheHead(ProcessorProgress progress, EventStoreProperties eventStore) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerTrackingEventProcessor(
                WebhookOutbox.PROCESSING_GROUP,
                config -> config.eventStore(),
                config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(eventStore.handlingBatchSize())
                        .andEventAvailabilityTimeout(eventStore.idleWait().toMillis(), TimeUnit.MILLISECONDS)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken)
                        .andEventTrackerStatusChangeListener(progress)));
    }
}
