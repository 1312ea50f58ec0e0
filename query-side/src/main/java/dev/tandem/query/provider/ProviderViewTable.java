package dev.tandem.query.provider;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code provider_view} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link ProviderViewProjection}'s writes. The schema is in V2__provider_views.sql.
 */
final class ProviderViewTable {

    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> NAME = new Column<>("name");
    static final Column<String> EMAIL = new Column<>("email");
    static final Column<String> PHONE = new Column<>("phone");
    static final Column<String> BIO = new Column<>("bio");
    static final Column<String[]> SKILLS = new Column<>("skills");
    static final Column<Double> HOME_LAT = new Column<>("home_lat");
    static final Column<Double> HOME_LNG = new Column<>("home_lng");
    static final Column<Integer> SERVICE_RADIUS_KM = new Column<>("service_radius_km");
    static final Column<String> STATUS = new Column<>("status");
    static final Column<Boolean> ACTIVE = new Column<>("active");
    static final Column<Long> VERSION = new Column<>("version");
    static final Column<Instant> CREATED_AT = new Column<>("created_at");
    static final Column<Instant> UPDATED_AT = new Column<>("updated_at");

    static final Table<UUID> PROVIDER_VIEW = new Table<>("provider_view", PROVIDER_ID);

    private ProviderViewTable() {}
}
