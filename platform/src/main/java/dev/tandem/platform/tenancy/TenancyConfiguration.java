package dev.tandem.platform.tenancy;

import dev.tandem.api.MetadataKeys;
import dev.tandem.platform.database.DeferredWrites;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

    /**
     * Before a transaction moves on to another business, what the previous one's handlers left is written: JPA's
     * entities and the deferred plain-SQL writes.
     */
    @Bean
    TenantScope tenantScope(
            JdbcTemplate jdbcTemplate, EntityManagerFactory entityManagers, DeferredWrites deferredWrites) {
        EntityManager entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagers);
        return new TenantScope(jdbcTemplate, () -> {
            flushWrites(entityManager);
            deferredWrites.flush();
        });
    }

    @Bean
    TenantTransactions tenantTransactions(TransactionTemplate transactions, TenantScope tenantScope) {
        return new TenantTransactions(transactions, tenantScope);
    }

    @Bean
    TenantDispatchInterceptor tenantDispatchInterceptor() {
        return new TenantDispatchInterceptor();
    }

    @Bean
    ActorDispatchInterceptor actorDispatchInterceptor() {
        return new ActorDispatchInterceptor();
    }

    /** Events applied while handling a command, and commands a saga sends, inherit business and actor. */
    @Bean
    CorrelationDataProvider tenantCorrelation() {
        return new SimpleCorrelationDataProvider(MetadataKeys.BUSINESS_ID, MetadataKeys.USER_ID, MetadataKeys.ROLE);
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /**
     * Events enter their business's tenant one by one, also when a processor handles a batch of them in one
     * transaction (see {@link TenantScope} for when writes are flushed), but those of a group that needs none
     * ({@link NoTenantNeeded}); queries enter their caller's; commands none, as the command side's tables are not
     * tenant-scoped. The interceptor is deliberately not a bean: Axon's auto-configuration registers every
     * handler-interceptor bean on the command bus, the processors and the query bus, which put a statement on
     * every command's path and ran it twice for every event and query.
     */
    @Bean
    ConfigurerModule tenantPerHandledMessage(TenantScope tenantScope, ObjectProvider<NoTenantNeeded> tenantless) {
        var perMessage = new TenantHandlerInterceptor(tenantScope);
        Set<String> withoutTenant =
                tenantless.stream().map(NoTenantNeeded::processingGroup).collect(Collectors.toSet());
        MessageHandlerInterceptor<Message<?>> noTenant = (unitOfWork, chain) -> chain.proceed();
        return configurer -> {
            configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                    (config, processorName) -> withoutTenant.contains(processorName) ? noTenant : perMessage));
            configurer.onInitialize(
                    config -> config.onStart(() -> config.queryBus().registerHandlerInterceptor(perMessage)));
        };
    }

    /**
     * The projections write plain SQL (docs/adr/0009), so this finds nothing to write unless a handler saved an
     * entity; it then forgets the entities too, so that a batch moving between businesses at nearly every event
     * does not check all of them again at each flush.
     */
    private static void flushWrites(EntityManager entityManager) {
        if (TransactionSynchronizationManager.isActualTransactionActive() && entityManager.isJoinedToTransaction()) {
            entityManager.flush();
            entityManager.clear();
        }
    }
}
