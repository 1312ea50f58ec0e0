package dev.tandem.query.notification;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code notification_view} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link NotificationStore}'s writes. The schema is in V6__notifications.sql.
 */
final class NotificationViewTable {

    static final Column<UUID> ID = new Column<>("id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> TYPE = new Column<>("type");
    static final Column<String> TITLE = new Column<>("title");
    static final Column<String> BODY = new Column<>("body");
    static final Column<UUID> BOOKING_ID = new Column<>("booking_id");
    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<Instant> CREATED_AT = new Column<>("created_at");

    static final Table<UUID> NOTIFICATION_VIEW = new Table<>("notification_view", ID);

    private NotificationViewTable() {}
}
