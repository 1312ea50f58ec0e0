package dev.tandem.query.assignment;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.util.UUID;

/**
 * {@code ranking_time_off} and its key, named once so that the compiler checks the ids of
 * {@link RankingProjection}'s writes, which are statements of their own: their columns stay in their SQL. The schema
 * is in V9__assignment_ranking.sql.
 */
final class RankingTimeOffTable {

    static final Column<UUID> TIME_OFF_ID = new Column<>("time_off_id");

    static final Table<UUID> RANKING_TIME_OFF = new Table<>("ranking_time_off", TIME_OFF_ID);

    private RankingTimeOffTable() {}
}
