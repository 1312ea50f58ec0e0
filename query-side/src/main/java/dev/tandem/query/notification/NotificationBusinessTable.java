package dev.tandem.query.notification;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.util.UUID;

/**
 * {@code notification_business} and its key, named once so that the compiler checks the ids of
 * {@link NotificationStore}'s writes, which are statements of their own: their columns stay in their SQL. The schema
 * is in V6__notifications.sql.
 */
final class NotificationBusinessTable {

    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");

    static final Table<UUID> NOTIFICATION_BUSINESS = new Table<>("notification_business", BUSINESS_ID);

    private NotificationBusinessTable() {}
}
