package dev.tandem.query.live;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Who is connected to this instance, by business: the users a live event goes to are found at once, not by
 * asking every connection whether it may see it (a thousand questions per event, when a thousand listen).
 * Without Axon Server each instance pushes only to its own connections, so an event of a business nobody here
 * is watching needs no work at all; with Axon Server the update may be for another instance's clients.
 */
@Component
class LiveAudience {

    private final boolean routedBetweenInstances;
    private final Map<BusinessId, Listeners> byBusiness = new ConcurrentHashMap<>();
    private final Map<String, LiveUser> bySession = new ConcurrentHashMap<>();

    LiveAudience(@Value("${axon.axonserver.enabled:false}") boolean routedBetweenInstances) {
        this.routedBetweenInstances = routedBetweenInstances;
    }

    boolean anyoneWatches(BusinessId business) {
        return routedBetweenInstances || byBusiness.containsKey(business);
    }

    /** The users here who may see an event of the business about these providers: its admins, and them. */
    Set<String> usersFor(BusinessId business, Collection<ProviderId> concerned) {
        Listeners listeners = byBusiness.get(business);
        return listeners == null ? Set.of() : listeners.usersFor(concerned);
    }

    @EventListener
    void on(SessionConnectedEvent connected) {
        if (connected.getUser() instanceof LiveUser user) {
            bySession.put(sessionOf(connected.getMessage().getHeaders()), user);
            byBusiness.compute(user.businessId(), (business, listeners) -> {
                var joined = listeners == null ? new Listeners() : listeners;
                joined.add(user);
                return joined;
            });
        }
    }

    @EventListener
    void on(SessionDisconnectEvent disconnected) {
        LiveUser user = bySession.remove(disconnected.getSessionId());
        if (user != null) {
            byBusiness.computeIfPresent(
                    user.businessId(), (business, listeners) -> listeners.remove(user) ? null : listeners);
        }
    }

    private static String sessionOf(org.springframework.messaging.MessageHeaders headers) {
        return StompHeaderAccessor.getSessionId(headers);
    }

    /** A business's connected users, with how many connections each holds; changed under the map's lock. */
    private static final class Listeners {

        private final Map<String, AtomicInteger> admins = new ConcurrentHashMap<>();
        private final Map<ProviderId, Map<String, AtomicInteger>> providers = new ConcurrentHashMap<>();

        void add(LiveUser user) {
            connectionsOf(user)
                    .computeIfAbsent(user.getName(), name -> new AtomicInteger())
                    .incrementAndGet();
        }

        /** Answers whether nobody of the business is left. */
        boolean remove(LiveUser user) {
            Map<String, AtomicInteger> connections = connectionsOf(user);
            AtomicInteger count = connections.get(user.getName());
            if (count != null && count.decrementAndGet() <= 0) {
                connections.remove(user.getName());
            }
            user.providerId()
                    .filter(provider -> providers.containsKey(provider)
                            && providers.get(provider).isEmpty())
                    .ifPresent(providers::remove);
            return admins.isEmpty() && providers.isEmpty();
        }

        Set<String> usersFor(Collection<ProviderId> concerned) {
            var users = new LinkedHashSet<>(admins.keySet());
            concerned.forEach(provider ->
                    users.addAll(providers.getOrDefault(provider, Map.of()).keySet()));
            return users;
        }

        /** An admin hears every event of its business; a provider those about itself. */
        private Map<String, AtomicInteger> connectionsOf(LiveUser user) {
            if (user.role() == Role.ADMIN || user.providerId().isEmpty()) {
                return admins;
            }
            return providers.computeIfAbsent(user.providerId().get(), id -> new ConcurrentHashMap<>());
        }
    }
}
