package dev.tandem.platform.eventstore;

import static org.axonframework.common.DateTimeUtils.formatInstant;

import java.sql.Connection;
import java.sql.SQLException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventhandling.tokenstore.AbstractTokenEntry;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;

/**
 * Axon's JDBC token store, but extending a claim this node holds in one statement: Axon reads the token with
 * {@code select ... for update} and writes it back, which an idle processor does at every wait for events, the
 * largest share of what an idle server asked of PostgreSQL (docs/scaling.md, "Idle").
 */
final class OwnClaimTokenStore extends JdbcTokenStore {

    private final String nodeId;
    private final TokenSchema schema;

    OwnClaimTokenStore(Builder builder, String nodeId, TokenSchema schema) {
        super(builder.nodeId(nodeId).schema(schema));
        this.nodeId = nodeId;
        this.schema = schema;
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        Connection connection = getConnection();
        try (var update = connection.prepareStatement("update " + schema.tokenTable() + " set "
                + schema.timestampColumn() + " = ? where " + schema.processorNameColumn() + " = ? and "
                + schema.segmentColumn() + " = ? and " + schema.ownerColumn() + " = ?")) {
            update.setString(1, formatInstant(AbstractTokenEntry.clock.instant()));
            update.setString(2, processorName);
            update.setInt(3, segment);
            update.setString(4, nodeId);
            if (update.executeUpdate() == 0) {
                throw new UnableToClaimTokenException(String.format(
                        "Unable to extend the claim on token for processor [%s] segment [%d]: not owned by %s",
                        processorName, segment, nodeId));
            }
        } catch (SQLException e) {
            throw new JdbcException("Could not extend the claim on a token of " + processorName, e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        org.axonframework.common.jdbc.JdbcUtils.closeQuietly(connection);
    }
}
