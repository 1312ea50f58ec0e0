package dev.tandem.standalone.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.standalone.support.HttpTests;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The event store's tables are Flyway's, with the column types docs/adr/0002 promises. */
class EventStoreSchemaIntegrationTests extends HttpTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void payloadsAndTokensAreStoredAsByteaEverywhere() {
        var types = jdbc.queryForList(
                "select table_name || '.' || column_name as col, data_type from information_schema.columns"
                        + " where table_schema = 'public' and column_name in"
                        + " ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')");

        assertThat(types)
                .extracting(row -> row.get("col"))
                .contains(
                        "domain_event_entry.payload", "domain_event_entry.meta_data",
                        "snapshot_event_entry.payload", "snapshot_event_entry.meta_data",
                        "token_entry.token", "saga_entry.serialized_saga",
                        "dead_letter_entry.payload", "dead_letter_entry.meta_data");
        assertThat(types).extracting(row -> row.get("data_type")).containsOnly("bytea");
    }

    @Test
    void noColumnUsesLargeObjects() {
        var oidColumns = jdbc.queryForObject(
                "select count(*) from information_schema.columns where table_schema = 'public' and udt_name = 'oid'",
                Long.class);

        assertThat(oidColumns).isZero();
    }

    @Test
    void theGlobalIndexComesFromASequenceThatHandsOutOneNumberAtATime() {
        var sequence = jdbc.queryForMap("select increment_by, cache_size from pg_sequences"
                + " where sequencename = 'domain_event_entry_global_index_seq'");

        assertThat(sequence).isEqualTo(Map.of("increment_by", 1L, "cache_size", 1L));
    }

    @Test
    void eventsAreStoredAsJsonWithTheirBusinessAndActorInTheMetadata() {
        var admin = api.signUp();

        var event = jdbc.queryForMap(
                "select payload_type, convert_from(payload, 'UTF8') as payload, convert_from(meta_data, 'UTF8') as meta"
                        + " from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                admin.businessId());

        assertThat(event.get("payload_type")).isEqualTo("dev.tandem.api.business.BusinessRegistered");
        assertThat((String) event.get("payload"))
                .contains("\"name\":\"Test Co")
                .contains("\"businessId\":\"" + admin.businessId() + "\"");
        assertThat((String) event.get("meta")).contains("\"businessId\":\"" + admin.businessId() + "\"");
    }

    @Test
    void theApplicationCannotRewriteHistory() {
        assertThatThrownBy(() -> jdbc.update("update domain_event_entry set type = type where false"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("delete from domain_event_entry where false"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied");
    }
}
