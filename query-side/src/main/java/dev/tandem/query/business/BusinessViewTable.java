package dev.tandem.query.business;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code business_view} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link BusinessProjection}'s writes. The schema is in V1__business_view.sql and
 * V14__business_locale.sql.
 */
final class BusinessViewTable {

    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> NAME = new Column<>("name");
    static final Column<String> TIME_ZONE = new Column<>("time_zone");
    static final Column<String> CURRENCY = new Column<>("currency");
    static final Column<String> LOCALE = new Column<>("locale");
    static final Column<Long> VERSION = new Column<>("version");
    static final Column<Instant> CREATED_AT = new Column<>("created_at");
    static final Column<Instant> UPDATED_AT = new Column<>("updated_at");

    static final Table<UUID> BUSINESS_VIEW = new Table<>("business_view", BUSINESS_ID);

    private BusinessViewTable() {}
}
