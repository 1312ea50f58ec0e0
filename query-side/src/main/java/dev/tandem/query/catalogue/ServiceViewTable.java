package dev.tandem.query.catalogue;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.util.UUID;

/**
 * {@code service_view} and the columns its writes set, named once so that the compiler checks
 * {@link ServiceCatalogueProjection}'s writes. The schema is in V16__service_catalogue.sql.
 */
final class ServiceViewTable {

    static final Column<UUID> SERVICE_ID = new Column<>("service_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> NAME = new Column<>("name");
    static final Column<Integer> DEFAULT_DURATION_MINUTES = new Column<>("default_duration_minutes");
    static final Column<Long> DEFAULT_PRICE_CENTS = new Column<>("default_price_cents");
    static final Column<String> SKILL = new Column<>("skill");

    static final Table<UUID> SERVICE_VIEW = new Table<>("service_view", SERVICE_ID);

    private ServiceViewTable() {}
}
