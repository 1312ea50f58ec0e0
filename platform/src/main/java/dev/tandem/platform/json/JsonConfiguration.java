package dev.tandem.platform.json;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/** One JSON shape for ids: Spring MVC picks the module up as a bean, Axon's serializer through its customizer. */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    TypedIdsModule typedIdsModule() {
        return new TypedIdsModule();
    }

    /** Spring MVC's JSON only (Axon's serializers read stored events as they are). */
    @Bean
    PrintableTextModule printableTextModule() {
        return new PrintableTextModule();
    }

    /** Spring MVC's JSON only, like {@link #printableTextModule()}. */
    @Bean
    StrictInputModule strictInputModule() {
        return new StrictInputModule();
    }

    @Bean
    JsonMapperBuilderCustomizer noCoercedInput() {
        return StrictInputModule::refuseCoercions;
    }

    /**
     * Axon's serializers: typed ids as strings, and polymorphic types (a replay token wraps other tokens)
     * resolved only to Axon's and Tandem's own classes and the JDK's — never an arbitrary class named in
     * stored JSON.
     */
    @Bean
    Jackson3SerializerCustomizer tandemMessageJson(TypedIdsModule typedIdsModule) {
        var ownTypesOnly = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("dev.tandem.")
                .allowIfSubType("java.util.")
                .allowIfSubType("java.lang.")
                .allowIfSubType("java.time.")
                .build();
        return builder -> builder.addModule(typedIdsModule).polymorphicTypeValidator(ownTypesOnly);
    }
}
