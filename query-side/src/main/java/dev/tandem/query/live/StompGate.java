package dev.tandem.query.live;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import dev.tandem.platform.security.TokenClaims;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Guards every frame a client sends: CONNECT needs a valid bearer token or session cookie (tokens never
 * travel in URLs) and a user may hold only so many connections; the only subscription is
 * {@code /user/queue/events}, once per connection (a second would deliver every event twice); clients send
 * nothing else. A refusal closes the connection with an ERROR frame.
 */
class StompGate implements ChannelInterceptor {

    static final String EVENTS = "/user/queue/events";
    private static final String SUBSCRIBED = "tandem.subscribed";

    private final JwtDecoder tokens;
    private final int maxConnectionsPerUser;
    /**
     * The connections each user holds, counted here as CONNECTs are admitted rather than read from the user
     * registry, which learns of a connection only once it is established: a burst of CONNECTs all passed it.
     */
    private final Map<String, Integer> connectionsOfUser = new ConcurrentHashMap<>();

    private final Map<String, String> userOfConnection = new ConcurrentHashMap<>();

    StompGate(JwtDecoder tokens, int maxConnectionsPerUser) {
        this.tokens = tokens;
        this.maxConnectionsPerUser = maxConnectionsPerUser;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var frame = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (frame == null || frame.getCommand() == null) {
            return message;
        }
        switch (frame.getCommand()) {
            case CONNECT, STOMP -> frame.setUser(withinConnectionLimit(authenticate(frame), frame.getSessionId()));
            case SUBSCRIBE -> subscribeOnce(frame);
            case UNSUBSCRIBE -> unsubscribe(frame);
            case SEND -> throw new MessagingException("Clients only listen on " + EVENTS);
            // Sent by the client, and again by the server when the connection ends however it ends.
            case DISCONNECT -> release(frame.getSessionId());
            default -> {}
        }
        return message;
    }

    private LiveUser authenticate(StompHeaderAccessor frame) {
        String token = bearerToken(frame)
                .or(() -> sessionToken(frame))
                .orElseThrow(() -> new MessagingException(
                        "CONNECT needs an Authorization: Bearer <token> header or a session cookie"));
        try {
            Jwt jwt = tokens.decode(token);
            return new LiveUser(
                    jwt.getSubject(),
                    BusinessId.of(jwt.getClaimAsString(TokenClaims.BUSINESS_ID)),
                    Role.valueOf(jwt.getClaimAsString(TokenClaims.ROLE)),
                    Optional.ofNullable(jwt.getClaimAsString(TokenClaims.PROVIDER_ID))
                            .map(ProviderId::of),
                    jwt.getExpiresAt());
        } catch (JwtException | IllegalArgumentException e) {
            throw new MessagingException("The token is not valid");
        }
    }

    /** Takes one of the user's places for this connection, or refuses it when they are all taken. */
    private LiveUser withinConnectionLimit(LiveUser user, String connection) {
        if (connection == null || userOfConnection.containsKey(connection)) {
            return user; // a CONNECT again on a connection that already holds its place
        }
        var admitted = new AtomicBoolean();
        connectionsOfUser.compute(user.getName(), (name, held) -> {
            int holding = held == null ? 0 : held;
            if (holding >= maxConnectionsPerUser) {
                return held;
            }
            admitted.set(true);
            return holding + 1;
        });
        if (!admitted.get()) {
            throw new MessagingException(
                    "This user already has " + maxConnectionsPerUser + " live connections; close one first");
        }
        userOfConnection.put(connection, user.getName());
        return user;
    }

    /** Gives the connection's place back, once, however many DISCONNECTs it sees. */
    private void release(String connection) {
        String user = connection == null ? null : userOfConnection.remove(connection);
        if (user != null) {
            connectionsOfUser.computeIfPresent(user, (name, held) -> held <= 1 ? null : held - 1);
        }
    }

    private static Optional<String> bearerToken(StompHeaderAccessor frame) {
        return Optional.ofNullable(frame.getFirstNativeHeader("Authorization"))
                .filter(header -> header.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(header -> header.substring(7).strip());
    }

    private static Optional<String> sessionToken(StompHeaderAccessor frame) {
        return Optional.ofNullable(frame.getSessionAttributes())
                .map(attributes -> attributes.get(SessionCookieHandshake.SESSION_TOKEN))
                .map(String.class::cast);
    }

    private static void subscribeOnce(StompHeaderAccessor frame) {
        if (!(frame.getUser() instanceof LiveUser)) {
            throw new MessagingException("Not connected");
        }
        if (!EVENTS.equals(frame.getDestination())) {
            throw new MessagingException("Only " + EVENTS + " may be subscribed to");
        }
        String subscription = frame.getSubscriptionId() == null ? "" : frame.getSubscriptionId();
        Map<String, Object> connection = frame.getSessionAttributes();
        if (connection != null && connection.putIfAbsent(SUBSCRIBED, subscription) != null) {
            throw new MessagingException("This connection is already subscribed to " + EVENTS);
        }
    }

    private static void unsubscribe(StompHeaderAccessor frame) {
        Map<String, Object> connection = frame.getSessionAttributes();
        if (connection != null && frame.getSubscriptionId() != null) {
            connection.remove(SUBSCRIBED, frame.getSubscriptionId());
        }
    }
}
