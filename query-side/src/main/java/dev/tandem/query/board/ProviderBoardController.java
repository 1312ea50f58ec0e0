package dev.tandem.query.board;

import dev.tandem.api.board.BoardView;
import dev.tandem.api.board.FindBoardQuery;
import dev.tandem.api.errors.InstantInput;
import dev.tandem.api.errors.InvalidInputException;
import dev.tandem.api.provider.FindProviderRealtimeStatusQuery;
import dev.tandem.api.provider.ProviderRealtimeStatusView;
import dev.tandem.platform.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProviderBoardController {

    private final QueryGateway queries;
    private final Clock clock;

    ProviderBoardController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/admin/providers/realtime-status")
    List<ProviderRealtimeStatusView> realtimeStatus(Caller caller) {
        return queries.query(
                        new FindProviderRealtimeStatusQuery(caller.businessId()),
                        ResponseTypes.multipleInstancesOf(ProviderRealtimeStatusView.class))
                .join();
    }

    /** The board as it was at an instant, rebuilt from the event store; without one, as it is now. */
    @GetMapping("/api/admin/board")
    BoardView boardAt(@RequestParam(required = false) String at, Caller caller) {
        Instant now = clock.instant();
        Instant instant = at == null || at.isBlank() ? now : InstantInput.parse("at", at);
        if (instant.isAfter(now)) {
            throw new InvalidInputException("at", "must not be in the future");
        }
        return queries.query(new FindBoardQuery(caller.businessId(), instant), BoardView.class)
                .join();
    }
}
