package dev.tandem.query.board;

import dev.tandem.api.provider.FindProviderRealtimeStatusQuery;
import dev.tandem.api.provider.ProviderRealtimeStatusView;
import dev.tandem.platform.security.Caller;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProviderBoardController {

    private final QueryGateway queries;

    ProviderBoardController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/admin/providers/realtime-status")
    List<ProviderRealtimeStatusView> realtimeStatus(Caller caller) {
        return queries.query(
                        new FindProviderRealtimeStatusQuery(caller.businessId()),
                        ResponseTypes.multipleInstancesOf(ProviderRealtimeStatusView.class))
                .join();
    }
}
