package dev.tandem.standalone.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.query.replay.ProjectionProcessor;
import dev.tandem.standalone.support.HttpTests;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projections' transactions commit without waiting for the disk (their rows are derived from events the
 * commands stored durably, docs/adr/0011), and only theirs: a command's or a saga's commit still waits. The
 * tests' database runs without durability, so what is checked is where each transaction's setting comes from:
 * set for the transaction, or the server's.
 */
class ProjectionCommitsIntegrationTests extends HttpTests {

    private static final String SETTING_SOURCE = "select source from pg_settings where name = 'synchronous_commit'";

    @Autowired
    Configuration axon;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProjectionsCommitWithoutWaitingForTheDisk() {
        TransactionManager projections =
                axon.eventProcessingConfiguration().transactionManager(ProjectionProcessor.NAME);

        assertThat(projections.fetchInTransaction(() -> jdbc.queryForObject(SETTING_SOURCE, String.class)))
                .isEqualTo("session");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class))
                .as("the setting ends with the transaction")
                .isEqualTo(serverSetting());
    }

    @Test
    void commandsAndSagasStillWaitForTheDisk() {
        TransactionManager commands = axon.getComponent(TransactionManager.class);
        TransactionManager saga = axon.eventProcessingConfiguration().transactionManager("AssignmentSagaProcessor");

        assertThat(commands.fetchInTransaction(() -> jdbc.queryForObject(SETTING_SOURCE, String.class)))
                .isNotEqualTo("session");
        assertThat(saga.fetchInTransaction(() -> jdbc.queryForObject(SETTING_SOURCE, String.class)))
                .isNotEqualTo("session");
    }

    private String serverSetting() {
        return jdbc.queryForObject("select reset_val from pg_settings where name = 'synchronous_commit'", String.class);
    }
}
