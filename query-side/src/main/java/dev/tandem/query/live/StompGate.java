package dev.tandem.query.live;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.kernel.Role;
import dev.tandem.platform.security.TokenClaims;
import java.util.Optional;
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
 * travel in URLs), the only subscription is {@code /user/queue/events}, and clients send nothing else. A
 * refusal closes the connection with an ERROR frame.
 */
class StompGate implements ChannelInterceptor {

    static final String EVENTS = "/user/queue/events";

    private final JwtDecoder tokens;

    StompGate(JwtDecoder tokens) {
        this.tokens = tokens;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var frame = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (frame == null || frame.getCommand() == null) {
            return message;
        }
        switch (frame.getCommand()) {
            case CONNECT, STOMP -> frame.setUser(authenticate(frame));
            case SUBSCRIBE -> requireEventsDestination(frame);
            case SEND -> throw new MessagingException("Clients only listen on " + EVENTS);
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

    private static void requireEventsDestination(StompHeaderAccessor frame) {
        if (!(frame.getUser() instanceof LiveUser)) {
            throw new MessagingException("Not connected");
        }
        if (!EVENTS.equals(frame.getDestination())) {
            throw new MessagingException("Only " + EVENTS + " may be subscribed to");
        }
    }
}
