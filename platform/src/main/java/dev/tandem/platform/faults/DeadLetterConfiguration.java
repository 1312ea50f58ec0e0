package dev.tandem.platform.faults;

import dev.tandem.platform.database.DeferredWrites;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every event handler's processing group parks the events it cannot handle in Axon's JDBC sequenced
 * dead-letter queue, unless a {@link DeadLetterExclusion} says otherwise: the event, and its aggregate's later
 * events, wait there; the other aggregates' and businesses' events go on (docs/adr/0010-faults-stay-where-they-happen.md).
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    @Bean
    ProcessorFaults processorFaults(JdbcTemplate jdbc) {
        return new ProcessorFaults(jdbc);
    }

    /** The groups that park failures: those named on event handler beans, less the excluded ones. */
    @Bean
    DeadLetteredGroups deadLetteredGroups(ListableBeanFactory beans, ObjectProvider<DeadLetterExclusion> exclusions) {
        Set<String> excluded =
                exclusions.stream().map(DeadLetterExclusion::processingGroup).collect(Collectors.toSet());
        var groups = new TreeSet<String>();
        Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                .map(ProcessingGroup::value)
                .filter(group -> !excluded.contains(group))
                .forEach(groups::add);
        return new DeadLetteredGroups(groups);
    }

    @Bean
    EventByEvent eventByEvent(DeferredWrites writes) {
        return new EventByEvent(writes);
    }

    @Bean
    ConfigurerModule deadLetterQueues(
            DeadLetteredGroups groups,
            ProcessorFaults faults,
            MeterRegistry meters,
            DeadLetterProperties settings,
            ConnectionProvider connections,
            TransactionManager transactions,
            DeadLetterSchema schema) {
        return configurer -> configurer.eventProcessing(processing -> {
            processing.registerDefaultErrorHandler(config -> new IsolatingErrorHandler(
                    faults, processor -> parksFailures(config.eventProcessingConfiguration(), groups, processor)));
            processing.registerDefaultHandlerInterceptor((config, processor) -> faults.oneByOne(processor));
            for (String group : groups.names()) {
                processing
                        .registerDeadLetterQueue(
                                group,
                                config -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                        .processingGroup(group)
                                        .connectionProvider(connections)
                                        .transactionManager(transactions)
                                        .schema(schema)
                                        .genericSerializer(config.serializer())
                                        .eventSerializer(config.eventSerializer())
                                        .maxSequences(settings.maxSequences())
                                        .maxSequenceSize(settings.maxSequenceSize())
                                        .build())
                        .registerDeadLetterPolicy(group, config -> new ParkOrRetry(parkedCounter(meters, group)))
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                                group,
                                (config, invoker) -> invoker
                                        // Asks the queue about an aggregate only once it holds some: not per event.
                                        .enableSequenceIdentifierCache()
                                        // A rebuild empties the queue with the tables: it handles every event again.
                                        .allowReset(true));
            }
        });
    }

    @Bean
    DeadLetters deadLetters(
            org.axonframework.config.Configuration axon,
            DeadLetteredGroups groups,
            JdbcTemplate jdbc,
            MeterRegistry meters) {
        return new DeadLetters(axon, groups, jdbc, meters);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }

    @Bean
    EventProcessorsHealth eventProcessorsHealthIndicator(
            org.axonframework.config.Configuration axon, DeadLetterProperties settings, MeterRegistry meters) {
        return new EventProcessorsHealth(axon, settings.stuckAfter(), meters);
    }

    /** A processor parks failures when a processing group of it does (several groups may share a processor). */
    private static boolean parksFailures(
            EventProcessingConfiguration processing, DeadLetteredGroups groups, String processor) {
        return groups.names().stream()
                .anyMatch(group -> processing
                        .eventProcessorByProcessingGroup(group)
                        .map(EventProcessor::getName)
                        .filter(processor::equals)
                        .isPresent());
    }

    private static Counter parkedCounter(MeterRegistry meters, String group) {
        return Counter.builder("tandem.dead_letters.parked")
                .description("Events parked in the dead-letter queue: failed when handled on their own")
                .tag("processor", group)
                .register(meters);
    }
}
