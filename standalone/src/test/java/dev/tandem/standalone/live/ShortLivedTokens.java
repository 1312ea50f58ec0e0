package dev.tandem.standalone.live;

import dev.tandem.platform.security.SigningKey;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Copies of real access tokens that expire sooner, signed with the server's key, to watch them expire. */
final class ShortLivedTokens {

    private final JwtDecoder decoder;
    private final NimbusJwtEncoder encoder;

    ShortLivedTokens(JwtDecoder decoder, SigningKey key) {
        this.decoder = decoder;
        this.encoder = NimbusJwtEncoder.withSecretKey(key.key()).build();
    }

    String reissue(String token, Duration lifetime) {
        var claims = JwtClaimsSet.builder();
        decoder.decode(token).getClaims().forEach(claims::claim);
        claims.expiresAt(Instant.now().plus(lifetime));
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }
}
