package dev.tandem.query.assignment;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.util.UUID;

/**
 * {@code ranking_service} and its key, named once so that the compiler checks the ids of
 * {@link RankingProjection}'s writes, which are statements of their own. The schema is in V16__service_catalogue.sql.
 */
final class RankingServiceTable {

    static final Column<UUID> SERVICE_ID = new Column<>("service_id");

    static final Table<UUID> RANKING_SERVICE = new Table<>("ranking_service", SERVICE_ID);

    private RankingServiceTable() {}
}
