package dev.tandem.standalone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.standalone.support.AsTheBusiness;
import java.util.List;
import java.util.UUID;
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

        List<String> stored = rowsOf("domain_event_entry", business);
        List<String> copied = rowsOf("business_event_log", business);

        assertThat(copied).hasSizeGreaterThan(5).isEqualTo(stored);
    }

    /** The business's events in the table, each as its columns joined: what the copy must keep the same. */
    private List<String> rowsOf(String table, UUID business) {
        String columns = "global_index, aggregate_identifier, sequence_number, time_stamp, payload_type, payload";
        return new AsTheBusiness(transactions, jdbc)
                .run(
                        business,
                        () -> jdbc.queryForList(
                                "select concat_ws('|', " + columns + ") from " + table
                                        + " where business_id = ? order by global_index",
                                String.class,
                                business));
    }
}
