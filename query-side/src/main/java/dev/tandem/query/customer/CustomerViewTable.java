package dev.tandem.query.customer;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code customer_view} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link CustomerViewProjection}'s writes. The schema is in V4__customer_view.sql.
 */
final class CustomerViewTable {

    static final Column<UUID> CUSTOMER_ID = new Column<>("customer_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> NAME = new Column<>("name");
    static final Column<String> EMAIL = new Column<>("email");
    static final Column<String> PHONE = new Column<>("phone");
    static final Column<String> ADDRESS = new Column<>("address");
    static final Column<Double> LAT = new Column<>("lat");
    static final Column<Double> LNG = new Column<>("lng");
    static final Column<Instant> CREATED_AT = new Column<>("created_at");

    static final Table<UUID> CUSTOMER_VIEW = new Table<>("customer_view", CUSTOMER_ID);

    private CustomerViewTable() {}
}
