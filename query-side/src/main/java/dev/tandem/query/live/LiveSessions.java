package dev.tandem.query.live;

import dev.tandem.kernel.ProviderId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Ends live connections that may no longer listen: when the token they connected with expires, and when
 * their provider is deactivated. An ERROR frame tells the client why, then the connection closes.
 */
@Component
class LiveSessions {

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

    void closeConnectionsOf(ProviderId provider) {
        users.getUsers().stream()
                .filter(user -> user.getPrincipal() instanceof LiveUser live && live.isProvider(provider))
                .flatMap(user -> user.getSessions().stream())
                .forEach(session -> close(session.getId(), "The provider has been deactivated"));
    }

    private void close(String sessionId, String reason) {
        var error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(reason);
        error.setSessionId(sessionId);
        toClients.send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
    }
}
