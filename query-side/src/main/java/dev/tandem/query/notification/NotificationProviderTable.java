package dev.tandem.query.notification;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.util.UUID;

/**
 * {@code notification_provider} and the columns its writes set, typed by what they set them to, named once so that
 * the compiler checks {@link NotificationStore}'s writes. The schema is in V6__notifications.sql.
 */
final class NotificationProviderTable {

    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> NAME = new Column<>("name");

    static final Table<UUID> NOTIFICATION_PROVIDER = new Table<>("notification_provider", PROVIDER_ID);

    private NotificationProviderTable() {}
}
