package dev.tandem.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.kernel.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** A token's signature is checked once; its claims are judged at every use. */
class VerifiedTokensTests {

    private final UUID user = UUID.randomUUID();
    private final EndedSessions endedSessions =
            new EndedSessions(Duration.ofMinutes(15), event -> {}, Clock.systemUTC());
    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aTokenIsVerifiedOnceAndThenRemembered() {
        var tokens = tokensExpiringAt(Instant.now().plusSeconds(600));

        assertThat(tokens.decode("token").getSubject()).isEqualTo(user.toString());
        assertThat(tokens.decode("token").getSubject()).isEqualTo(user.toString());

        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenOfAnEndedSessionIsRefused() {
        var tokens = tokensExpiringAt(Instant.now().plusSeconds(600));
        tokens.decode("token");

        endedSessions.ended(new UserId(user), 1, false);

        assertThatThrownBy(() -> tokens.decode("token"))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("The session of this token has ended.");
    }

    @Test
    void aRememberedTokenThatExpiredIsRefused() {
        // Past its expiry by more than the minute of clock skew allowed, but verified when it was still good.
        var expired = Instant.now().minusSeconds(120);
        var tokens = new VerifiedTokens(
                token -> {
                    verifications.incrementAndGet();
                    return jwt(expired);
                },
                new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), endedSessions),
                Duration.ofMinutes(15),
                100);
        tokens.decode("token");

        assertThatThrownBy(() -> tokens.decode("token")).isInstanceOf(JwtValidationException.class);
    }

    private VerifiedTokens tokensExpiringAt(Instant expiry) {
        JwtDecoder verifier = token -> {
            verifications.incrementAndGet();
            return jwt(expiry);
        };
        return new VerifiedTokens(
                verifier,
                new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), endedSessions),
                Duration.ofMinutes(15),
                100);
    }

    private Jwt jwt(Instant expiry) {
        return Jwt.withTokenValue("token")
                .header("alg", "HS256")
                .subject(user.toString())
                .claim(TokenClaims.SESSION_VERSION, 0)
                .issuedAt(expiry.minusSeconds(900))
                .expiresAt(expiry)
                .build();
    }
}
