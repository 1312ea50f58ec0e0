package dev.tandem.query.assignment;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.util.UUID;

/**
 * {@code ranking_provider} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link RankingProjection}'s writes. The schema is in V9__assignment_ranking.sql and
 * V10__ranking_provider_revision.sql.
 */
final class RankingProviderTable {

    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<Boolean> ACTIVE = new Column<>("active");
    static final Column<String> STATUS = new Column<>("status");
    static final Column<String[]> SKILLS = new Column<>("skills");
    static final Column<Double> HOME_LAT = new Column<>("home_lat");
    static final Column<Double> HOME_LNG = new Column<>("home_lng");
    static final Column<Integer> SERVICE_RADIUS_KM = new Column<>("service_radius_km");
    static final Column<String> WEEKLY_HOURS = new Column<>("weekly_hours");
    // Counters are longs, as the sums DeferredWrites makes of them are; the integer columns take them.
    static final Column<Long> COMPLETED = new Column<>("completed");
    static final Column<Long> CANCELLED = new Column<>("cancelled");
    static final Column<Long> DECLINED = new Column<>("declined");
    static final Column<Long> RATINGS = new Column<>("ratings");
    static final Column<Long> RATING_STARS = new Column<>("rating_stars");
    static final Column<Long> REVISION = new Column<>("revision");

    static final Table<UUID> RANKING_PROVIDER = new Table<>("ranking_provider", PROVIDER_ID);

    private RankingProviderTable() {}
}
