package dev.tandem.standalone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail where the event store is not this database (Axon Server's deployment): the same tests, on a
 * server reading each business's events from the copy the event-log projection keeps, which must hold them as
 * the event store does.
 */
// A database of its own: another server on the same one would take the projections' token and their events
// would never reach this one's copy.
@TestPropertySource(properties = {"tandem.event-log.source=copy", "tandem.database.database-name=event_log_copy"})
class AuditTrailFromACopyIntegrationTests extends AuditTrailIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theCopyHoldsTheBusinesssEventsAsTheEventStoreDoes() {
        UUID business = UUID.fromString(admin.businessId());
        String columns = "global_index, aggregate_identifier, sequence_number, time_stamp, payload_type, payload";

        List<String> stored = asTheBusiness(
                business,
                () -> jdbc.queryForList(
                        "select concat_ws('|', " + columns + ") from domain_event_entry where business_id = ?"
                                + " order by global_index",
                        String.class,
                        business));
        List<String> copied = asTheBusiness(
                business,
                () -> jdbc.queryForList(
                        "select concat_ws('|', " + columns + ") from business_event_log where business_id = ?"
                                + " order by global_index",
                        String.class,
                        business));

        assertThat(copied).hasSizeGreaterThan(5).isEqualTo(stored);
    }

    private <T> T asTheBusiness(UUID business, Supplier<T> read) {
        return transactions.execute(status -> {
            jdbc.queryForObject("select set_config('app.business_id', ?, true)", String.class, business.toString());
            return read.get();
        });
    }
}
