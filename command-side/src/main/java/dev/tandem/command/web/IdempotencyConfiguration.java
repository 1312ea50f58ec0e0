package dev.tandem.command.web;

import dev.tandem.platform.web.ProblemWriter;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    /**
     * After Spring Security, so the caller (and with it the business) is known, and after the write limits: a
     * refused write takes no key.
     */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbc, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(new IdempotencyKeys(jdbc), problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 3);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
