package dev.tandem.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HMAC-SHA256 key access tokens are signed and checked with. */
public record SigningKey(SecretKey key) {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final int MINIMUM_LENGTH = 32;

    static SigningKey from(TokenProperties properties) {
        String secret = properties.jwtSecret();
        if (secret == null || secret.isBlank()) {
            log.warn("TANDEM_JWT_SECRET is not set: using a random signing key. Tokens will not survive a restart"
                    + " and only this process accepts them.");
            return new SigningKey(randomKey());
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MINIMUM_LENGTH) {
            throw new IllegalStateException(
                    "tandem.security.jwt-secret must be at least " + MINIMUM_LENGTH + " bytes long");
        }
        return new SigningKey(new SecretKeySpec(bytes, "HmacSHA256"));
    }

    private static SecretKey randomKey() {
        byte[] bytes = new byte[MINIMUM_LENGTH];
        new SecureRandom().nextBytes(bytes);
        return new SecretKeySpec(Base64.getEncoder().encode(bytes), "HmacSHA256");
    }
}
