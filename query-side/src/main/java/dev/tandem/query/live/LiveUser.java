package dev.tandem.query.live;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

/** Who holds a live connection, as its token said at CONNECT, and until when that token is good. */
record LiveUser(String userId, BusinessId businessId, Role role, Optional<ProviderId> providerId, Instant expiresAt)
        implements Principal {

    @Override
    public String getName() {
        return userId;
    }

    boolean isProvider(ProviderId provider) {
        return providerId.filter(provider::equals).isPresent();
    }
}
