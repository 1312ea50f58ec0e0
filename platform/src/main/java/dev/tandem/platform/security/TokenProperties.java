package dev.tandem.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access tokens are signed and how long tokens live.
 *
 * @param jwtSecret HMAC key shared by every application that validates tokens (at least 32 characters);
 *     blank makes a random one at start, which only suits a single process
 * @param issuer the {@code iss} claim written and required
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a refresh token
 * @param inviteTtl how long an invitation to set a password stays valid
 */
@ConfigurationProperties("tandem.security")
public record TokenProperties(
        String jwtSecret,
        @DefaultValue("tandem") String issuer,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("7d") Duration inviteTtl) {}
