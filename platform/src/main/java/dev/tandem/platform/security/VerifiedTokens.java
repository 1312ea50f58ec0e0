package dev.tandem.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Remembers the access tokens it has verified, so that a token sent with every request of a session is parsed
 * and its signature checked once rather than each time (a tenth of a status change's request thread, measured
 * with JFR). The claims are still judged at every use: expiry, issuer and ended sessions
 * ({@link EndedSessions}) refuse a remembered token as they refuse a new one. Only tokens that passed the full
 * check are remembered, at most {@code capacity} of them, none longer than a token lives.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> claims, Duration tokenLifetime, long capacity) {
        this.verifier = verifier;
        this.claims = claims;
        this.verified = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(tokenLifetime)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt checked = verifier.decode(token);
            verified.put(token, checked);
            return checked;
        }
        var judged = claims.validate(known);
        if (judged.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: "
                            + judged.getErrors().iterator().next().getDescription(),
                    judged.getErrors());
        }
        return known;
    }
}
