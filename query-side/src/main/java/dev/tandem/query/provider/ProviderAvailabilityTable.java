package dev.tandem.query.provider;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.util.UUID;

/**
 * {@code provider_availability} and the columns its writes set, typed by what they set them to, named once so that
 * the compiler checks {@link AvailabilityProjection}'s writes. The schema is in V2__provider_views.sql.
 */
final class ProviderAvailabilityTable {

    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> STATUS = new Column<>("status");
    static final Column<String> WEEKLY_HOURS = new Column<>("weekly_hours");
    static final Column<String> TIME_OFF = new Column<>("time_off");

    static final Table<UUID> PROVIDER_AVAILABILITY = new Table<>("provider_availability", PROVIDER_ID);

    private ProviderAvailabilityTable() {}
}
