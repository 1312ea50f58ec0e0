package dev.tandem.bench;

import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/** Real STOMP clients of {@code /ws}, each subscribed to its user queue, reporting every event received. */
final class Listeners {

    /** One event received by one subscriber, and when (System.nanoTime). */
    record Delivery(int subscriber, String eventId, String type, String aggregateId, long receivedNanos) {}

    private final String url;
    private final WebSocketStompClient stomp;
    private final Semaphore handshakes = new Semaphore(100);

    Listeners(int port) {
        this.url = "ws://127.0.0.1:" + port + "/ws";
        this.stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setMessageConverter(new JacksonJsonMessageConverter());
        stomp.setInboundMessageSizeLimit(256 * 1024);
    }

    /**
     * Connects and subscribes. The simple broker confirms nothing, so callers know a subscription is live
     * when its first event arrives (the benchmarks warm up with one change per provider).
     */
    CompletableFuture<StompSession> open(int subscriber, String token, Consumer<Delivery> sink)
            throws InterruptedException {
        handshakes.acquire();
        var connect = new StompHeaders();
        connect.add("Authorization", "Bearer " + token);
        connect.setHeartbeat(new long[] {0, 0});
        return stomp.connectAsync(url, new WebSocketHttpHeaders(), connect, new StompSessionHandlerAdapter() {})
                .whenComplete((session, failure) -> handshakes.release())
                .thenCompose(session -> subscribe(session, subscriber, sink));
    }

    private static CompletableFuture<StompSession> subscribe(
            StompSession session, int subscriber, Consumer<Delivery> sink) {
        session.subscribe("/user/queue/events", new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                long now = System.nanoTime();
                JsonNode event = (JsonNode) payload;
                sink.accept(new Delivery(
                        subscriber,
                        event.get("id").asString(),
                        event.get("type").asString(),
                        event.get("aggregateId").asString(),
                        now));
            }
        });
        return CompletableFuture.completedFuture(session);
    }
}
