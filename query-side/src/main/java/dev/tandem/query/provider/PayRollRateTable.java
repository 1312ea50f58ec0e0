package dev.tandem.query.provider;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code pay_roll_rate} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link PayRollProjection}'s writes. The schema is in V2__provider_views.sql.
 */
final class PayRollRateTable {

    static final Column<String> EVENT_ID = new Column<>("event_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<String> TYPE = new Column<>("type");
    static final Column<Long> AMOUNT = new Column<>("amount");
    static final Column<Instant> EFFECTIVE_FROM = new Column<>("effective_from");

    static final Table<String> PAY_ROLL_RATE = new Table<>("pay_roll_rate", EVENT_ID);

    private PayRollRateTable() {}
}
