package dev.tandem.bench;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Real STOMP clients of {@code /ws}, each subscribed to its user queue, reporting every event received. */
final class Listeners {

    /** One event received by one subscriber, and when (System.nanoTime). */
    record Delivery(int subscriber, String eventId, String type, String aggregateId, long receivedNanos) {}

    private static final Set<String> WANTED = Set.of("id", "type", "aggregateId");

    /** The subscribers whose connection failed or was closed by the server. */
    private final Set<Integer> lost = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final String url;
    private final WebSocketStompClient stomp;
    private final Semaphore handshakes = new Semaphore(100);

    Listeners(int port) {
        this.url = "ws://127.0.0.1:" + port + "/ws";
        this.stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setMessageConverter(new ByteArrayMessageConverter() {
            @Override
            protected boolean supportsMimeType(MessageHeaders headers) {
                return true; // the events are JSON, read here as they came
            }
        });
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
        return stomp.connectAsync(url, new WebSocketHttpHeaders(), connect, new StompSessionHandlerAdapter() {
                    @Override
                    public void handleTransportError(StompSession session, Throwable failure) {
                        lost.add(subscriber);
                    }
                })
                .whenComplete((session, failure) -> handshakes.release())
                .thenCompose(session -> subscribe(session, subscriber, sink));
    }

    /** How many subscribers have lost their connection so far. */
    int disconnected() {
        return lost.size();
    }

    /**
     * Reads only what the measurement needs, the event's id, type and aggregate, and skips its data: with a
     * hundred admins a business the driver receives tens of thousands of events a second on the server's cores.
     */
    private static Delivery delivery(int subscriber, byte[] event, long receivedNanos) {
        var fields = new HashMap<String, String>(4);
        try (JsonParser parser = Http.JSON.createParser(event)) {
            parser.nextToken();
            while (fields.size() < 3 && parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() == JsonToken.VALUE_STRING && WANTED.contains(name)) {
                    fields.put(name, parser.getString());
                } else {
                    parser.skipChildren();
                }
            }
        }
        return new Delivery(subscriber, fields.get("id"), fields.get("type"), fields.get("aggregateId"), receivedNanos);
    }

    private static CompletableFuture<StompSession> subscribe(
            StompSession session, int subscriber, Consumer<Delivery> sink) {
        session.subscribe("/user/queue/events", new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return byte[].class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                long now = System.nanoTime();
                sink.accept(delivery(subscriber, (byte[]) payload, now));
            }
        });
        return CompletableFuture.completedFuture(session);
    }
}
