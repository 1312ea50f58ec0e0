package dev.tandem.query.dashboard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a page request is authenticated: checks the session cookie's token and, when it is missing, expired
 * or about to expire, exchanges the refresh cookie for new tokens. The request then goes on with the token
 * that is valid, or with none (and the page asks the visitor to sign in).
 */
final class SessionFilter extends OncePerRequestFilter {

    /** Renew this long before expiry, so a live connection opened now does not end at once. */
    private static final Duration EARLY = Duration.ofSeconds(60);

    private final JwtDecoder tokens;
    private final SessionRefresher refresher;

    SessionFilter(JwtDecoder tokens, SessionRefresher refresher) {
        this.tokens = tokens;
        this.refresher = refresher;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = BrowserSession.accessToken(request);
        Jwt jwt = token == null ? null : decode(token);
        String refresh = BrowserSession.refreshToken(request);
        boolean fresh = jwt != null
                && jwt.getExpiresAt() != null
                && jwt.getExpiresAt().isAfter(Instant.now().plus(EARLY));
        if (!fresh && refresh != null && !isSignOut(request)) {
            try {
                BrowserSession.issue(request, response, refresher.refresh(refresh, request.getRemoteAddr()));
            } catch (ApiProblem refused) {
                // Expired, revoked or reused: the visitor signs in again.
                BrowserSession.clear(request, response);
            } catch (RuntimeException unreachable) {
                // The API could not be asked now; a token that is still valid serves until it is.
                if (jwt != null) {
                    request.setAttribute(BrowserSession.TOKEN_ATTRIBUTE, token);
                }
            }
        } else if (jwt != null) {
            request.setAttribute(BrowserSession.TOKEN_ATTRIBUTE, token);
        }
        chain.doFilter(request, response);
    }

    private Jwt decode(String token) {
        try {
            return tokens.decode(token);
        } catch (JwtException invalidOrExpired) {
            return null;
        }
    }

    private static boolean isSignOut(HttpServletRequest request) {
        return "/logout".equals(request.getServletPath());
    }
}
