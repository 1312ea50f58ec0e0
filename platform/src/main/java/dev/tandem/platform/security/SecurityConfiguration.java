package dev.tandem.platform.security;

import dev.tandem.platform.web.ProblemWriter;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Stateless bearer-token security shared by both applications: each validates the same signed tokens, so
 * either can serve any request routed to it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    /** The tokens of 5,000 sessions in use at once (a few kilobytes each); more are verified each time. */
    private static final long VERIFIED_TOKENS_REMEMBERED = 5_000;

    @Bean
    SigningKey signingKey(TokenProperties properties) {
        return SigningKey.from(properties);
    }

    @Bean
    EndedSessions endedSessions(TokenProperties properties, ApplicationEventPublisher publisher, Clock clock) {
        return new EndedSessions(properties.accessTokenTtl(), publisher, clock);
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKey signingKey, TokenProperties properties, EndedSessions endedSessions) {
        var decoder = NimbusJwtDecoder.withSecretKey(signingKey.key())
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        var claims = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<String>(TokenClaims.BUSINESS_ID, value -> value != null),
                new JwtClaimValidator<String>(TokenClaims.ROLE, value -> value != null),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, value -> value != null),
                endedSessions);
        decoder.setJwtValidator(claims);
        return new VerifiedTokens(decoder, claims, properties.accessTokenTtl(), VERIFIED_TOKENS_REMEMBERED);
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorization: with them a
     * status change spent 11 % of its request thread's CPU in observations (JFR, closed loop of
     * {@code bench/live_push.py}), for figures the HTTP server's own timers already give.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    OperatorLogin operatorLogin(OperatorProperties properties) {
        return new OperatorLogin(properties);
    }

    /**
     * The operator's endpoints take the operator's HTTP Basic login and nothing else: a business admin's
     * bearer token does not open them, and the operator's login opens nothing of a business.
     */
    @Bean
    @Order(1)
    SecurityFilterChain operatorSecurity(HttpSecurity http, OperatorLogin operator, ProblemWriter problems)
            throws Exception {
        var authentication = new DaoAuthenticationProvider(operator.users());
        authentication.setPasswordEncoder(operator.encoder());
        AuthenticationEntryPoint askForTheOperator = (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"tandem-operator\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "The operator's login is required.");
        };
        http.securityMatcher("/api/operator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(authentication))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(OperatorLogin.ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint(askForTheOperator))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(askForTheOperator))
                .headers(SecurityConfiguration::apiHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, ProblemWriter problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/auth/**", "/error", "/ws")
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        // Other management endpoints are for operators, never for a business's users.
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        // Calendar apps read a feed by its secret address alone (docs/calendar-feeds.md).
                        .requestMatchers(HttpMethod.GET, "/ical/*")
                        .permitAll()
                        .requestMatchers("/api/admin/**")
                        .hasRole("ADMIN")
                        // Both roles read bookings under /api/bookings/{id}; only admins list, book and
                        // change them. Named here, before the body is read, so a provider gets 403
                        // whatever it sends (docs/api.md, the order of checks).
                        .requestMatchers(HttpMethod.GET, "/api/bookings")
                        .hasRole("ADMIN")
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/bookings",
                                "/api/bookings/*/rating",
                                "/api/bookings/*/tip",
                                "/api/bookings/*/worked-time")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PATCH, "/api/bookings/*")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/provider/**")
                        .hasRole("PROVIDER")
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(server -> server.jwt(
                                jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(roleFromClaim()))
                        .authenticationEntryPoint((request, response, failure) -> problems.write(
                                request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.")))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint((request, response, failure) -> problems.write(
                                        request,
                                        response,
                                        HttpStatus.UNAUTHORIZED,
                                        "A valid bearer token is required."))
                                .accessDeniedHandler((request, response, denied) -> problems.write(
                                        request, response, HttpStatus.FORBIDDEN, "Your role may not do this.")))
                .headers(SecurityConfiguration::apiHeaders);
        return http.build();
    }

    @Bean
    WebMvcConfigurer callerParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    /**
     * Besides Spring Security's defaults (nosniff, frame options, no caching, HSTS over https): JSON answers
     * load nothing and are framed nowhere, and no request sends our URLs on as a referrer. The API
     * documentation's page is left its own policy.
     */
    private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        new StaticHeadersWriter(
                                "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")));
    }

    private static Converter<Jwt, AbstractAuthenticationToken> roleFromClaim() {
        return jwt -> new JwtAuthenticationToken(
                jwt, List.of(new SimpleGrantedAuthority("ROLE_" + jwt.getClaimAsString(TokenClaims.ROLE))));
    }
}
