package dev.tandem.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.List;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@Import({ProblemDetailsAdvice.class, ApiDocumentation.class})
public class WebConfiguration {

    @Bean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    /** First of all filters, so even refused requests are logged with their id. */
    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
        var registration = new FilterRegistrationBean<>(new RequestLogFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebProperties properties, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.maxBodySize().toBytes(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Early, so that the deadline counts from the request's arrival. */
    @Bean
    FilterRegistrationBean<RequestDeadline> requestDeadline(WebProperties properties) {
        var registration = new FilterRegistrationBean<>(new RequestDeadline(properties.requestTimeout()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Right after authentication (Spring Security's filters run at -100), before the admission below. */
    @Bean
    FilterRegistrationBean<BusinessWriteLimit> businessWriteLimit(
            WebProperties properties, ProblemWriter problems, MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(
                new BusinessWriteLimit(properties.businessWritesPerSecond(), problems, meters));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** After authentication and the business's write limit, before anything reads the body. */
    @Bean
    FilterRegistrationBean<WriteAdmission> writeAdmission(
            WebProperties properties, ProblemWriter problems, MeterRegistry meters) {
        var registration = new FilterRegistrationBean<>(
                new WriteAdmission(properties.maxWritesInFlight(), properties.writeAdmissionWait(), problems, meters));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    /**
     * Tomcat renders the answers to requests it refuses itself with the host's error report valve; this one
     * takes the place of Spring Boot's HTML one once every customizer has run (the context starts after).
     */
    @Bean
    TomcatContextCustomizer problemsFromTomcatToo() {
        return context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null) {
                Pipeline host = context.getParent().getPipeline();
                for (Valve valve : host.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                        host.removeValve(valve);
                    }
                }
                if (Arrays.stream(host.getValves()).noneMatch(ProblemReportValve.class::isInstance)) {
                    host.addValve(new ProblemReportValve());
                }
            }
        });
    }

    @Bean
    WebMvcConfigurer requestArgumentsAndChecks(BeanFactory beans) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new IfMatchArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // Ownership (404) before any check of the request's content (400).
                registry.addInterceptor(new OwnedPathVariables(beans));
                registry.addInterceptor(new PrintableParameters());
            }
        };
    }
}
