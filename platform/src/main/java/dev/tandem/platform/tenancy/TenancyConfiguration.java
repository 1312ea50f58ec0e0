package dev.tandem.platform.tenancy;

import dev.tandem.api.MetadataKeys;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Configuration(proxyBeanMethods = false)
public class TenancyConfiguration {

    @Bean
    TenantScope tenantScope(JdbcTemplate jdbcTemplate) {
        return new TenantScope(jdbcTemplate);
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
     * transaction: JPA writes are flushed after each event, while row-level security still lets that event's
     * business write. Queries only read.
     */
    @Bean
    ConfigurerModule tenantPerHandledMessage(TenantScope tenantScope, EntityManagerFactory entityManagers) {
        EntityManager entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagers);
        var perEvent = new TenantHandlerInterceptor(tenantScope, () -> flushWrites(entityManager));
        var perQuery = new TenantHandlerInterceptor(tenantScope, () -> {});
        return configurer -> {
            configurer.eventProcessing(
                    processing -> processing.registerDefaultHandlerInterceptor((config, processorName) -> perEvent));
            configurer.onInitialize(
                    config -> config.onStart(() -> config.queryBus().registerHandlerInterceptor(perQuery)));
        };
    }

    private static void flushWrites(EntityManager entityManager) {
        if (TransactionSynchronizationManager.isActualTransactionActive() && entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
    }
}
