package dev.tandem.query.live;

import dev.tandem.kernel.ProviderId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;

/**
 * This instance's end of the live push: it holds one subscription query for every live update, wherever it
 * was produced, and delivers each to the connections here that may see it.
 */
@Component
class LiveFanOut implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFanOut.class);
    private static final String QUEUE = "/queue/events";
    /** Updates waiting for this instance's delivery; past it the subscription fails loudly, never silently. */
    private static final int BUFFER = 16_384;

    private final QueryGateway queries;
    private final SimpMessagingTemplate messages;
    private final SimpUserRegistry users;
    private final LiveSessions sessions;
    private volatile SubscriptionQueryResult<List<LiveEvent>, LiveUpdate> subscription;

    LiveFanOut(QueryGateway queries, SimpMessagingTemplate messages, SimpUserRegistry users, LiveSessions sessions) {
        this.queries = queries;
        this.messages = messages;
        this.users = users;
        this.sessions = sessions;
    }

    /** There is no history to give a new subscriber: it reads the views over REST, then listens. */
    @QueryHandler
    List<LiveEvent> handle(LiveEventsQuery query) {
        return List.of();
    }

    void deliver(LiveUpdate update) {
        LiveEvent event = update.event();
        Map<String, Object> headers = Map.of("event-type", event.type());
        liveUsers()
                .filter(update::mayReach)
                .forEach(user -> messages.convertAndSendToUser(user.getName(), QUEUE, event, headers));
        if (event.type().equals("provider.deactivated")) {
            update.providerIds().stream().map(ProviderId::of).forEach(sessions::closeConnectionsOf);
        }
    }

    private Stream<LiveUser> liveUsers() {
        return users.getUsers().stream()
                .map(user -> user.getPrincipal())
                .filter(LiveUser.class::isInstance)
                .map(LiveUser.class::cast);
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
