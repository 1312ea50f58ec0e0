package dev.tandem.standalone.support;

import static org.awaitility.Awaitility.await;

import dev.tandem.platform.security.SessionCookie;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/** A real STOMP-over-WebSocket client of {@code /ws}, recording every event and error it receives. */
public final class LiveClient implements AutoCloseable {

    public final List<JsonNode> events = new CopyOnWriteArrayList<>();
    public final List<String> eventTypeHeaders = new CopyOnWriteArrayList<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();
    private final StompSession session;

    private LiveClient(StompSession session) {
        this.session = session;
    }

    /** Connects with the token in the CONNECT frame, as API clients do; fails if the server refuses. */
    public static LiveClient connect(int port, String token) throws Exception {
        var connect = new StompHeaders();
        if (token != null) {
            connect.add("Authorization", "Bearer " + token);
        }
        return connect(port, new WebSocketHttpHeaders(), connect);
    }

    /** Connects with the token and one more CONNECT header of the given size, to probe the frame limit. */
    public static LiveClient connectWithPadding(int port, String token, int paddingCharacters) throws Exception {
        var connect = new StompHeaders();
        connect.add("Authorization", "Bearer " + token);
        connect.add("x-padding", "p".repeat(paddingCharacters));
        return connect(port, new WebSocketHttpHeaders(), connect);
    }

    /** Connects as a dashboard page does: its session cookie on the handshake, nothing in CONNECT. */
    public static LiveClient connectWithCookie(int port, String token, String origin) throws Exception {
        var handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", SessionCookie.NAME + "=" + token);
        if (origin != null) {
            handshake.setOrigin(origin);
        }
        return connect(port, handshake, new StompHeaders());
    }

    private static LiveClient connect(int port, WebSocketHttpHeaders handshake, StompHeaders connect) throws Exception {
        var holder = new ArrayList<LiveClient>(1);
        var stomp = new WebSocketStompClient(new StandardWebSocketClient());
        stomp.setMessageConverter(new JacksonJsonMessageConverter());
        var handler = new StompSessionHandlerAdapter() {
            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                if (!holder.isEmpty()) {
                    holder.getFirst().errors.add(headers.getFirst("message"));
                }
            }

            @Override
            public void handleTransportError(StompSession session, Throwable failure) {
                if (!holder.isEmpty()) {
                    holder.getFirst().errors.add("transport: " + failure);
                }
            }
        };
        StompSession session = stomp.connectAsync("ws://localhost:" + port + "/ws", handshake, connect, handler)
                .get(10, TimeUnit.SECONDS);
        var client = new LiveClient(session);
        holder.add(client);
        return client;
    }

    public LiveClient subscribe(String destination) {
        session.subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                eventTypeHeaders.add(headers.getFirst("event-type"));
                events.add((JsonNode) payload);
            }
        });
        return this;
    }

    public LiveClient subscribeToEvents() {
        return subscribe("/user/queue/events");
    }

    /** The first event of that type received. */
    public JsonNode first(String type) {
        return events.stream()
                .filter(event -> event.get("type").asString().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " among " + types()));
    }

    public List<String> types() {
        return events.stream().map(event -> event.get("type").asString()).toList();
    }

    public boolean isConnected() {
        return session.isConnected();
    }

    /** Subscribing is asynchronous: waits until the server holds a subscription of each user. */
    public static void awaitSubscribed(SimpUserRegistry users, String... userIds) {
        await().atMost(patience())
                .until(() -> Arrays.stream(userIds).allMatch(userId -> {
                    var user = users.getUser(userId);
                    return user != null
                            && user.getSessions().stream()
                                    .anyMatch(session ->
                                            !session.getSubscriptions().isEmpty());
                }));
    }

    public static Duration patience() {
        return Duration.ofSeconds(10);
    }

    @Override
    public void close() {
        if (session.isConnected()) {
            session.disconnect();
        }
    }
}
