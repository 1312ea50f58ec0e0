package dev.tandem.query.live;

import dev.tandem.api.BusinessMessage;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * The live event of one stored event, made as the live push makes it (the changed resource as the views show it
 * once they have taken the event in), for those that send it elsewhere: webhooks.
 */
@Component
public class LiveEnvelopes {

    private final LiveUpdates live;
    private final LiveViews views;

    LiveEnvelopes(LiveUpdates live, LiveViews views) {
        this.live = live;
        this.views = views;
    }

    /**
     * @param waitingProcessor the processor asking, which the wait for the views leaves out
     * @return empty for an event that has no live type
     */
    public Optional<LiveEvent> of(Object payload, EventMessage<?> event, TrackingToken token, String waitingProcessor) {
        if (!(payload instanceof BusinessMessage scoped)) {
            return Optional.empty();
        }
        return EventTypes.of(payload).map(type -> {
            var change = new Change(type, scoped, event, token);
            views.awaitViewsOf(List.of(change), waitingProcessor);
            return live.liveEventOf(change);
        });
    }
}
