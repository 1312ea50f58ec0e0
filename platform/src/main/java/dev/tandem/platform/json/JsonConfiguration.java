package dev.tandem.platform.json;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One JSON shape for ids: Spring MVC picks the module up as a bean, Axon's serializer through its customizer. */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    TypedIdsModule typedIdsModule() {
        return new TypedIdsModule();
    }

    @Bean
    Jackson3SerializerCustomizer typedIdsInMessages(TypedIdsModule typedIdsModule) {
        return builder -> builder.addModule(typedIdsModule);
    }
}
