package dev.tandem.query.provider;

import dev.tandem.api.Page;
import dev.tandem.api.provider.FindProvidersQuery;
import dev.tandem.api.provider.ProviderView;
import dev.tandem.kernel.BusinessId;
import dev.tandem.query.paging.PageResponseType;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** A business's providers' names by id, for the reads that know providers by id only (statements, feeds). */
@Component
public class ProviderNames {

    private final QueryGateway queries;

    ProviderNames(QueryGateway queries) {
        this.queries = queries;
    }

    /** The first {@value Page#MAX_LIMIT} providers' names, by id. */
    public Map<String, String> of(BusinessId business) {
        return queries
                .query(
                        new FindProvidersQuery(business, null, null, null, Page.MAX_LIMIT, null),
                        PageResponseType.pageOf(ProviderView.class))
                .join()
                .items()
                .stream()
                .collect(Collectors.toMap(ProviderView::id, ProviderView::name));
    }
}
