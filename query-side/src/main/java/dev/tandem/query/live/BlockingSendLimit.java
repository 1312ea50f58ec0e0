package dev.tandem.query.live;

import jakarta.websocket.Session;
import java.time.Duration;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * How long one write to a client may block. A client that stops reading (a phone in a lift, a frozen tab) fills
 * its socket's buffers, and the next write to it waits: Tomcat lets it wait 20 s, and meanwhile the client's other
 * messages queue behind it. Cut at the same limit as a client's unsent messages, the write fails and the
 * connection is closed; the client reconnects and re-reads the views, as after any disconnection.
 */
final class BlockingSendLimit extends WebSocketHandlerDecorator {

    static final Duration SEND_TIME_LIMIT = Duration.ofSeconds(5);

    /** Tomcat reads it from each WebSocket session's user properties. */
    private static final String TOMCAT_BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    BlockingSendLimit(WebSocketHandler delegate) {
        super(delegate);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        if (session instanceof NativeWebSocketSession sessionOfTheContainer
                && sessionOfTheContainer.getNativeSession() instanceof Session nativeSession) {
            nativeSession.getUserProperties().put(TOMCAT_BLOCKING_SEND_TIMEOUT, SEND_TIME_LIMIT.toMillis());
        }
        super.afterConnectionEstablished(session);
    }
}
