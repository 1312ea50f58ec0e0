package dev.tandem.query.provider;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.util.UUID;

/**
 * {@code pay_roll_currency} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link PayRollProjection}'s writes. The schema is in V2__provider_views.sql.
 */
final class PayRollCurrencyTable {

    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> CURRENCY = new Column<>("currency");

    static final Table<UUID> PAY_ROLL_CURRENCY = new Table<>("pay_roll_currency", BUSINESS_ID);

    private PayRollCurrencyTable() {}
}
