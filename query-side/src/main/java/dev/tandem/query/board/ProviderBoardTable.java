package dev.tandem.query.board;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code provider_board} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link ProviderBoard}'s writes. The schema is in V7__provider_board.sql.
 */
final class ProviderBoardTable {

    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> NAME = new Column<>("name");
    static final Column<String> STATUS = new Column<>("status");
    static final Column<UUID> CURRENT_BOOKING_ID = new Column<>("current_booking_id");
    static final Column<Boolean> ACTIVE = new Column<>("active");
    static final Column<Instant> UPDATED_AT = new Column<>("updated_at");

    static final Table<UUID> PROVIDER_BOARD = new Table<>("provider_board", PROVIDER_ID);

    private ProviderBoardTable() {}
}
