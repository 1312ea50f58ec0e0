package dev.tandem.query.live;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * This instance's end of the live push: it holds one subscription query for every live update, wherever it
 * was produced, and delivers each to the connections here that may see it. An event is written as JSON once,
 * whoever many listen: each of its audience gets the same bytes.
 */
@Component
class LiveFanOut implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFanOut.class);
    private static final String QUEUE = "/queue/events";
    /** Batches waiting for this instance's delivery; past it the subscription fails loudly, never silently. */
    private static final int BUFFER = 16_384;

    private final QueryGateway queries;
    private final SimpMessagingTemplate messages;
    private final LiveAudience audience;
    private final LiveSessions sessions;
    private final JsonMapper json;
    private final Timer pushed;
    private final Clock clock;
    private volatile SubscriptionQueryResult<List<LiveEvent>, LiveUpdate> subscription;

    LiveFanOut(
            QueryGateway queries,
            SimpMessagingTemplate messages,
            LiveAudience audience,
            LiveSessions sessions,
            JsonMapper json,
            MeterRegistry meters,
            Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.audience = audience;
        this.sessions = sessions;
        this.json = json;
        this.clock = clock;
        this.pushed = Timer.builder("tandem.sync.pushed")
                .description("Time from an event's commit to its frames being handed to the connections that see it")
                .publishPercentileHistogram()
                .register(meters);
    }

    /** There is no history to give a new subscriber: it reads the views over REST, then listens. */
    @QueryHandler
    List<LiveEvent> handle(LiveEventsQuery query) {
        return List.of();
    }

    /** A batch's events, in the order they happened. */
    void deliver(LiveUpdate update) {
        update.events().forEach(this::deliver);
    }

    private void deliver(LiveUpdate.Recipients recipients) {
        LiveEvent event = recipients.event();
        List<ProviderId> concerned =
                recipients.providerIds().stream().map(ProviderId::of).toList();
        var users = audience.usersFor(BusinessId.of(event.businessId()), concerned);
        boolean deactivation = event.type().equals("provider.deactivated");
        if (!users.isEmpty()) {
            Message<byte[]> message = asMessage(event);
            // The deactivated provider's own connections hear why, then close.
            Set<String> leaving = deactivation ? sessions.usersOf(concerned) : Set.of();
            Message<byte[]> lastMessage =
                    leaving.isEmpty() ? message : CloseAfterDelivery.closing(message, LiveSessions.DEACTIVATED);
            users.forEach(user -> messages.send(
                    messages.getUserDestinationPrefix() + user + QUEUE,
                    leaving.contains(user) ? lastMessage : message));
            pushed.record(Duration.between(event.occurredAt(), clock.instant()));
        }
        if (deactivation) {
            concerned.forEach(sessions::closeIdleConnectionsOf);
        }
    }

    /** The STOMP MESSAGE every recipient gets: the event as JSON, and its type as a header. */
    private Message<byte[]> asMessage(LiveEvent event) {
        var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
        headers.setContentType(MimeTypeUtils.APPLICATION_JSON);
        headers.setNativeHeader("event-type", event.type());
        return MessageBuilder.createMessage(json.writeValueAsBytes(event), headers.getMessageHeaders());
    }

    @Override
    public void start() {
        subscription = queries.subscriptionQuery(
                LiveEventsQuery.class.getName(),
                new LiveEventsQuery(),
                ResponseTypes.multipleInstancesOf(LiveEvent.class),
                ResponseTypes.instanceOf(LiveUpdate.class),
                BUFFER);
        subscription.updates().subscribe(this::deliver, failure -> log.error("Live updates stopped", failure));
    }

    @Override
    public void stop() {
        subscription.close();
        subscription = null;
    }

    @Override
    public boolean isRunning() {
        return subscription != null;
    }
}
