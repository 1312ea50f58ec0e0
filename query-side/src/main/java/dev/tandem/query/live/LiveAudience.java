package dev.tandem.query.live;

import dev.tandem.kernel.BusinessId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;

/**
 * Whether a live event has anyone to go to. Without Axon Server each instance pushes only to its own
 * connections, so an event of a business nobody here is watching needs no work at all (a replay of history
 * or a quiet business costs nothing); with Axon Server the update may be for another instance's clients.
 */
@Component
class LiveAudience {

    private final SimpUserRegistry users;
    private final boolean routedBetweenInstances;

    LiveAudience(SimpUserRegistry users, @Value("${axon.axonserver.enabled:false}") boolean routedBetweenInstances) {
        this.users = users;
        this.routedBetweenInstances = routedBetweenInstances;
    }

    boolean anyoneWatches(BusinessId business) {
        return routedBetweenInstances
                || users.getUsers().stream()
                        .anyMatch(user -> user.getPrincipal() instanceof LiveUser live
                                && live.businessId().equals(business));
    }
}
