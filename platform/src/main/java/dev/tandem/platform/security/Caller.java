package dev.tandem.platform.security;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import dev.tandem.kernel.UserId;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The authenticated user behind a request, as its token says. The business always comes from here, never
 * from a request body.
 */
public record Caller(UserId userId, BusinessId businessId, Role role, Optional<ProviderId> providerId) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The caller of the request this thread serves, if it presented a valid token. */
    public static Optional<Caller> current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            var jwt = token.getToken();
            return Optional.of(new Caller(
                    UserId.of(jwt.getSubject()),
                    BusinessId.of(jwt.getClaimAsString(TokenClaims.BUSINESS_ID)),
                    Role.valueOf(jwt.getClaimAsString(TokenClaims.ROLE)),
                    Optional.ofNullable(jwt.getClaimAsString(TokenClaims.PROVIDER_ID))
                            .map(ProviderId::of)));
        }
        return Optional.empty();
    }
}
