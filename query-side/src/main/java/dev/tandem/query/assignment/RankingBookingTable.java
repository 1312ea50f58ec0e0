package dev.tandem.query.assignment;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code ranking_booking} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link RankingProjection}'s writes. The schema is in V9__assignment_ranking.sql.
 */
final class RankingBookingTable {

    static final Column<UUID> BOOKING_ID = new Column<>("booking_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<String> STATUS = new Column<>("status");
    static final Column<String> SERVICE = new Column<>("service");
    static final Column<Instant> SCHEDULED_START = new Column<>("scheduled_start");
    static final Column<Instant> SCHEDULED_END = new Column<>("scheduled_end");
    static final Column<Double> LAT = new Column<>("lat");
    static final Column<Double> LNG = new Column<>("lng");
    static final Column<Instant> ARRIVAL_FROM = new Column<>("arrival_from");
    static final Column<Instant> ARRIVAL_TO = new Column<>("arrival_to");

    static final Table<UUID> RANKING_BOOKING = new Table<>("ranking_booking", BOOKING_ID);

    private RankingBookingTable() {}
}
