package dev.tandem.query.earnings;

import dev.tandem.kernel.BusinessId;
import dev.tandem.kernel.ProviderId;
import dev.tandem.query.provider.EarningsToDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each provider's earnings so far, tips included, summed from the ledger when the pay roll is read. */
@Component
class LedgerEarningsToDate implements EarningsToDate {

    private final JdbcClient jdbc;

    LedgerEarningsToDate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<ProviderId, Long> earningsToDateCents(BusinessId businessId) {
        return jdbc
                .sql("select provider_id, sum(provider_earnings_cents + tip_cents) as earned from earnings_ledger"
                        + " where business_id = ? group by provider_id")
                .params(businessId.value())
                .query((row, number) ->
                        Map.entry(new ProviderId(row.getObject("provider_id", UUID.class)), row.getLong("earned")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
