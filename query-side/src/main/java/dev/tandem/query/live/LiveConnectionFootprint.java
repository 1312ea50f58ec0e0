package dev.tandem.query.live;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * What one idle live connection costs: a dashboard stays connected all day, so one instance holds thousands
 * of them. Clients only ever send small frames (CONNECT with a token, SUBSCRIBE, heart-beats; SEND is
 * refused), so the per-connection buffers for what they send are cut to fit those frames, and the socket
 * buffers to a size that still carries an HTTP request in a few reads. Measured in docs/scaling.md: from
 * about 100 KB to about 30 KB of heap per connection.
 */
@Configuration
class LiveConnectionFootprint {

    /** The largest frame a client may send, in characters: a CONNECT with a token fits several times over. */
    static final int INBOUND_TEXT_LIMIT = 2048;

    /** STOMP clients send text frames; a binary one this size still carries a CONNECT. */
    static final int INBOUND_BINARY_LIMIT = 2048;

    /** Bytes Tomcat keeps per connection for reading and for writing (8 KB each by default). */
    static final String SOCKET_BUFFER_BYTES = "4096";

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(INBOUND_TEXT_LIMIT);
        container.setMaxBinaryMessageBufferSize(INBOUND_BINARY_LIMIT);
        return container;
    }

    /**
     * Also, if {@code tandem.web.socket-send-buffer} is set, the kernel's send buffer of every connection (in
     * bytes; by default the operating system sizes it, up to megabytes, before a client that stopped reading
     * makes a write wait).
     */
    @Bean
    TomcatConnectorCustomizer smallSocketBuffers(
            @Value("${tandem.web.socket-send-buffer:#{null}}") @Nullable Integer kernelSendBuffer) {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", SOCKET_BUFFER_BYTES);
            connector.setProperty("socket.appWriteBufSize", SOCKET_BUFFER_BYTES);
            if (kernelSendBuffer != null) {
                connector.setProperty("socket.txBufSize", kernelSendBuffer.toString());
            }
        };
    }

    /**
     * Spring's STOMP handler raises every session's inbound text limit to 16 KB (a STOMP frame may be split
     * over several WebSocket messages with SockJS, which is not offered here), and Tomcat then keeps a buffer
     * of that size per connection. This puts the limit back once the session has started; a client sending a
     * larger frame is closed with 1009 (message too big).
     */
    static final class InboundFrameLimit extends WebSocketHandlerDecorator {

        InboundFrameLimit(WebSocketHandler delegate) {
            super(delegate);
        }

        @Override
        public void afterConnectionEstablished(WebSocketSession session) throws Exception {
            super.afterConnectionEstablished(session);
            session.setTextMessageSizeLimit(INBOUND_TEXT_LIMIT);
            session.setBinaryMessageSizeLimit(INBOUND_BINARY_LIMIT);
        }
    }
}
