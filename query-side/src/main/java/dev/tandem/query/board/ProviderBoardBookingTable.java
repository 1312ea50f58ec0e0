package dev.tandem.query.board;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code provider_board_booking} and the columns its writes set, typed by what they set them to, named once so that
 * the compiler checks {@link ProviderBoard}'s writes. The schema is in V7__provider_board.sql.
 */
final class ProviderBoardBookingTable {

    static final Column<UUID> BOOKING_ID = new Column<>("booking_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<Instant> SCHEDULED_START = new Column<>("scheduled_start");
    static final Column<Boolean> OPEN = new Column<>("open");

    static final Table<UUID> PROVIDER_BOARD_BOOKING = new Table<>("provider_board_booking", BOOKING_ID);

    private ProviderBoardBookingTable() {}
}
