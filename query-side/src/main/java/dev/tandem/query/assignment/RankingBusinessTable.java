package dev.tandem.query.assignment;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.util.UUID;

/**
 * {@code ranking_business} and its key, named once so that the compiler checks the ids of
 * {@link RankingProjection}'s writes, which are statements of their own: their columns stay in their SQL. The schema
 * is in V9__assignment_ranking.sql.
 */
final class RankingBusinessTable {

    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");

    static final Table<UUID> RANKING_BUSINESS = new Table<>("ranking_business", BUSINESS_ID);

    private RankingBusinessTable() {}
}
