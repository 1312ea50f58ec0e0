package dev.tandem.command.account;

import dev.tandem.platform.security.SigningKey;
import dev.tandem.platform.security.TokenClaims;
import dev.tandem.platform.security.TokenProperties;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Signs short-lived access tokens that both applications accept. */
@Component
class AccessTokens {

    private final JwtEncoder encoder;
    private final TokenProperties properties;
    private final Clock clock;

    AccessTokens(SigningKey signingKey, TokenProperties properties, Clock clock) {
        this.encoder = NimbusJwtEncoder.withSecretKey(signingKey.key()).build();
        this.properties = properties;
        this.clock = clock;
    }

    String issueFor(Account account) {
        Instant now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(account.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .claim(TokenClaims.BUSINESS_ID, account.businessId().toString())
                .claim(TokenClaims.ROLE, account.role().name())
                .claim(TokenClaims.SESSION_VERSION, account.sessionVersion());
        account.providerId().ifPresent(id -> claims.claim(TokenClaims.PROVIDER_ID, id.toString()));
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    long lifetimeSeconds() {
        return properties.accessTokenTtl().toSeconds();
    }
}
