package dev.tandem.query.dashboard;

import dev.tandem.platform.security.TokenClaims;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pages' security: the same tokens as the API, carried in the session cookie instead of a header, and
 * CSRF protection on every form post and htmx request (a double-submit token: an HttpOnly cookie and the
 * same token rendered into the page, so no server-side session is needed). The API itself stays
 * bearer-only, which a browser cannot be tricked into sending.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MapProperties.class)
class DashboardSecurity {

    static final String CSRF_COOKIE = "tandem_csrf";

    private static final String[] PAGES = {
        "/",
        "/login",
        "/logout",
        "/signup",
        "/accept-invite",
        "/app/**",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/favicon.ico"
    };

    @Bean
    @Order(0)
    SecurityFilterChain dashboardPages(
            HttpSecurity http, JwtDecoder tokens, SessionRefresher refresher, SignOut signOut, MapProperties maps)
            throws Exception {
        var csrfCookies = new CookieCsrfTokenRepository();
        csrfCookies.setCookieName(CSRF_COOKIE);
        csrfCookies.setCookieCustomizer(cookie -> cookie.sameSite("Strict").httpOnly(true));
        AuthenticationEntryPoint signIn = DashboardSecurity::askToSignIn;
        http.securityMatcher(PAGES)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookies)
                        // Every request authenticates anew from its cookie; rotating the token on each would
                        // break the forms of a page whose fragments refresh. Signing in rotates it instead.
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/login",
                                "/signup",
                                "/accept-invite",
                                "/app/session",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/app/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/app/provider/**")
                        .hasRole("PROVIDER")
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new SessionFilter(tokens, refresher), BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(server -> server.bearerTokenResolver(BrowserSession::current)
                        .jwt(jwt -> jwt.decoder(tokens)
                                .jwtAuthenticationConverter(token -> new JwtAuthenticationToken(
                                        token,
                                        List.of(new SimpleGrantedAuthority(
                                                "ROLE_" + token.getClaimAsString(TokenClaims.ROLE))))))
                        .authenticationEntryPoint(signIn))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(signIn)
                        .accessDeniedHandler(
                                (request, response, denied) -> response.sendError(HttpStatus.FORBIDDEN.value())))
                .logout(logout ->
                        logout.logoutUrl("/logout").addLogoutHandler(signOut).logoutSuccessUrl("/login?signedOut"))
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src "
                                + String.join(" ", "'self'", "data:", maps.tileSource())
                                        .strip()
                                + "; style-src 'self' 'unsafe-inline'; "
                                + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    /**
     * Pages go to the sign-in page and come back after it; an htmx request (a fragment) asks htmx to take the
     * whole page there, to come back to the page it was on.
     */
    private static void askToSignIn(HttpServletRequest request, HttpServletResponse response, Object failure)
            throws IOException {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        String back = htmx ? pathOf(request.getHeader("HX-Current-URL")) : request.getRequestURI();
        String login = back != null && back.startsWith("/app/") && (htmx || "GET".equals(request.getMethod()))
                ? UriComponentsBuilder.fromPath("/login")
                        .queryParam("next", back)
                        .encode()
                        .toUriString()
                : "/login";
        if (htmx) {
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        } else {
            response.sendRedirect(login);
        }
    }

    private static String pathOf(String url) {
        try {
            return url == null ? null : java.net.URI.create(url).getPath();
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
