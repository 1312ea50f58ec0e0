package dev.tandem.query.notification;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code notification_booking} and the columns its writes set, typed by what they set them to, named once so that
 * the compiler checks {@link NotificationStore}'s writes. The schema is in V6__notifications.sql.
 */
final class NotificationBookingTable {

    static final Column<UUID> BOOKING_ID = new Column<>("booking_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<String> SERVICE = new Column<>("service");
    static final Column<String> CUSTOMER_NAME = new Column<>("customer_name");
    static final Column<Instant> SCHEDULED_START = new Column<>("scheduled_start");
    static final Column<Boolean> OPEN = new Column<>("open");

    static final Table<UUID> NOTIFICATION_BOOKING = new Table<>("notification_booking", BOOKING_ID);

    private NotificationBookingTable() {}
}
