package dev.tandem.platform.tenancy;

import dev.tandem.api.MetadataKeys;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

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

    @Bean
    ConfigurerModule tenantPerHandledMessage(TenantScope tenantScope) {
        var interceptor = new TenantHandlerInterceptor(tenantScope);
        return configurer -> {
            configurer.eventProcessing(
                    processing -> processing.registerDefaultHandlerInterceptor((config, processorName) -> interceptor));
            configurer.onInitialize(
                    config -> config.onStart(() -> config.queryBus().registerHandlerInterceptor(interceptor)));
        };
    }
}
