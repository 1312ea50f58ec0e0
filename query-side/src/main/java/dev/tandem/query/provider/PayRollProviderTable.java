package dev.tandem.query.provider;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.util.UUID;

/**
 * {@code pay_roll_provider} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link PayRollProjection}'s writes. The schema is in V2__provider_views.sql.
 */
final class PayRollProviderTable {

    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> NAME = new Column<>("name");
    static final Column<String> EMAIL = new Column<>("email");
    static final Column<String> STATUS = new Column<>("status");
    static final Column<Boolean> ACTIVE = new Column<>("active");

    static final Table<UUID> PAY_ROLL_PROVIDER = new Table<>("pay_roll_provider", PROVIDER_ID);

    private PayRollProviderTable() {}
}
