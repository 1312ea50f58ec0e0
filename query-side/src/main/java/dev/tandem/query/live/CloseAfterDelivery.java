package dev.tandem.query.live;

import org.jspecify.annotations.Nullable;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.support.ExecutorChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Closes a connection once a message marked {@link #closing} has gone out to it. Deliveries leave on several
 * threads, each connection's in order: an ERROR frame sent beside the last message could overtake it, and the
 * client would be told it is disconnected without hearing what happened.
 */
final class CloseAfterDelivery implements ExecutorChannelInterceptor {

    /** A header of the message inside the server, never written to the client. */
    private static final String CLOSE_WITH_REASON = "tandemCloseAfterDelivery";

    static Message<byte[]> closing(Message<byte[]> message, String reason) {
        return MessageBuilder.fromMessage(message)
                .setHeader(CLOSE_WITH_REASON, reason)
                .build();
    }

    @Override
    public void afterMessageHandled(
            Message<?> message, MessageChannel channel, MessageHandler handler, @Nullable Exception failure) {
        String reason = message.getHeaders().get(CLOSE_WITH_REASON, String.class);
        String sessionId = SimpMessageHeaderAccessor.getSessionId(message.getHeaders());
        if (reason != null && sessionId != null) {
            channel.send(LiveSessions.errorFrame(sessionId, reason));
        }
    }
}
