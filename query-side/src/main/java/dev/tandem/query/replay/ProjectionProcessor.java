package dev.tandem.query.replay;

import dev.tandem.platform.eventstore.DerivedDataCommits;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every projection of the query side keeps its processing group (its handler class, its dead-letter queue, its
 * name for the operator) and runs in one event processor, {@value #NAME}: a batch of events is read once and
 * handled by all the projections in one transaction, with one token to store, instead of one thread, one
 * transaction and one token per projection. Its transactions commit without waiting for the disk
 * ({@link DerivedDataCommits}): what they write is derived from events the commands stored durably. Measured on the status-change closed loop of
 * {@code bench/live_push.py}: 211 → 361 changes/s (docs/adr/0011-projections-share-a-processor.md). They are
 * rebuilt together and scaled together.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionProcessor {

    public static final String NAME = "projections";
    private static final String QUERY_SIDE = "dev.tandem.query";

    @Bean
    ConfigurerModule projectionsInOneProcessor(ListableBeanFactory beans, JdbcTemplate jdbc) {
        Set<String> projections = projectionGroups(beans);
        return configurer -> configurer.eventProcessing(processing -> processing
                .assignProcessingGroup(group -> projections.contains(group) ? NAME : group)
                .registerTransactionManager(
                        NAME, axon -> new DerivedDataCommits(axon.getComponent(TransactionManager.class), jdbc)));
    }

    /**
     * The processing groups of the query side's projections: those whose handlers can empty their tables (a
     * {@code @ResetHandler}). The live push has none and is never replayed. Read from the bean definitions, so
     * nothing is created to find them.
     */
    static Set<String> projectionGroups(ListableBeanFactory beans) {
        return Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(beans::getType)
                .filter(Objects::nonNull)
                .filter(type -> type.getPackageName().startsWith(QUERY_SIDE))
                .filter(ProjectionProcessor::canReset)
                .map(type -> AnnotationUtils.findAnnotation(type, ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .collect(Collectors.collectingAndThen(
                        Collectors.toCollection(TreeSet::new), Collections::unmodifiableSet));
    }

    private static boolean canReset(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .anyMatch(method -> method.isAnnotationPresent(ResetHandler.class));
    }
}
