package dev.tandem.query.live;

import dev.tandem.kernel.ProviderId;
import dev.tandem.platform.security.SessionsEnded;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Ends live connections that may no longer listen: when the token they connected with expires, when their
 * user signs out or is deactivated, and when their provider is deactivated. An ERROR frame tells the client
 * why, then the connection closes.
 */
@Component
class LiveSessions {

    static final String DEACTIVATED = "The provider has been deactivated";
    static final String SESSION_ENDED = "The session has ended";

    private final MessageChannel toClients;
    private final TaskScheduler scheduler;
    private final SimpUserRegistry users;
    private final Map<String, ScheduledFuture<?>> expiries = new ConcurrentHashMap<>();

    LiveSessions(
            @Qualifier("clientOutboundChannel") MessageChannel toClients,
            @Qualifier("stompHeartbeats") TaskScheduler scheduler,
            SimpUserRegistry users) {
        this.toClients = toClients;
        this.scheduler = scheduler;
        this.users = users;
    }

    @EventListener
    void on(SessionConnectedEvent connected) {
        if (connected.getUser() instanceof LiveUser user) {
            String sessionId = SimpMessageHeaderAccessor.getSessionId(
                    connected.getMessage().getHeaders());
            expiries.put(
                    sessionId, scheduler.schedule(() -> close(sessionId, "The token has expired"), user.expiresAt()));
        }
    }

    @EventListener
    void on(SessionDisconnectEvent disconnected) {
        Optional.ofNullable(expiries.remove(disconnected.getSessionId())).ifPresent(expiry -> expiry.cancel(false));
    }

    /**
     * A deactivated provider's connections are left to its deactivation event, which they receive before they
     * close ({@link CloseAfterDelivery}); any other user's close now.
     */
    @EventListener
    void on(SessionsEnded ended) {
        Optional.ofNullable(users.getUser(ended.userId().toString())).stream()
                .filter(user -> !(ended.accountClosed()
                        && user.getPrincipal() instanceof LiveUser live
                        && live.providerId().isPresent()))
                .flatMap(user -> user.getSessions().stream())
                .forEach(session -> close(session.getId(), SESSION_ENDED));
    }

    /** The users signed in as one of these providers, with a live connection here. */
    Set<String> usersOf(Collection<ProviderId> providers) {
        return users.getUsers().stream()
                .filter(user -> user.getPrincipal() instanceof LiveUser live
                        && providers.stream().anyMatch(live::isProvider))
                .map(SimpUser::getName)
                .collect(Collectors.toSet());
    }

    /**
     * Closes the provider's connections that listen to nothing; those that do are closed once the message
     * telling them why has gone out ({@link CloseAfterDelivery}).
     */
    void closeIdleConnectionsOf(ProviderId provider) {
        users.getUsers().stream()
                .filter(user -> user.getPrincipal() instanceof LiveUser live && live.isProvider(provider))
                .flatMap(user -> user.getSessions().stream())
                .filter(session -> session.getSubscriptions().isEmpty())
                .forEach(session -> close(session.getId(), DEACTIVATED));
    }

    private void close(String sessionId, String reason) {
        toClients.send(errorFrame(sessionId, reason));
    }

    /** An ERROR frame: the client reads why, and the connection closes after it. */
    static Message<byte[]> errorFrame(String sessionId, String reason) {
        var error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(reason);
        error.setSessionId(sessionId);
        return MessageBuilder.createMessage(new byte[0], error.getMessageHeaders());
    }
}
