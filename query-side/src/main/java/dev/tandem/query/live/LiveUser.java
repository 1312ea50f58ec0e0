package dev.tandem.query.live;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import java.security.Principal;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Who holds a live connection, as its token said at CONNECT, and until when that token is good. */
record LiveUser(String userId, BusinessId businessId, Role role, Optional<ProviderId> providerId, Instant expiresAt)
        implements Principal {

    @Override
    public String getName() {
        return userId;
    }

    /** An admin sees every event of its business; a provider only those about itself. */
    boolean maySee(BusinessId business, Collection<ProviderId> concerns) {
        if (!businessId.equals(business)) {
            return false;
        }
        return role == Role.ADMIN || providerId.filter(concerns::contains).isPresent();
    }

    boolean isProvider(ProviderId provider) {
        return providerId.filter(provider::equals).isPresent();
    }
}
