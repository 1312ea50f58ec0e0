package dev.tandem.query.booking;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code booking_view} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link BookingProjection}'s writes. The schema is in V3__booking_view.sql and
 * V8__booking_offer.sql.
 */
final class BookingViewTable {

    static final Column<UUID> BOOKING_ID = new Column<>("booking_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<String> STATUS = new Column<>("status");
    static final Column<String> SERVICE = new Column<>("service");
    static final Column<Instant> SCHEDULED_START = new Column<>("scheduled_start");
    static final Column<Instant> SCHEDULED_END = new Column<>("scheduled_end");
    static final Column<Integer> DURATION_MINUTES = new Column<>("duration_minutes");
    static final Column<Long> PRICE_CENTS = new Column<>("price_cents");
    static final Column<String> CURRENCY = new Column<>("currency");
    static final Column<String> CUSTOMER_ID = new Column<>("customer_id");
    static final Column<String> CUSTOMER_NAME = new Column<>("customer_name");
    static final Column<String> CUSTOMER_EMAIL = new Column<>("customer_email");
    static final Column<String> CUSTOMER_PHONE = new Column<>("customer_phone");
    static final Column<String> CUSTOMER_ADDRESS = new Column<>("customer_address");
    static final Column<Double> CUSTOMER_LAT = new Column<>("customer_lat");
    static final Column<Double> CUSTOMER_LNG = new Column<>("customer_lng");
    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<Instant> STARTED_AT = new Column<>("started_at");
    static final Column<Instant> COMPLETED_AT = new Column<>("completed_at");
    static final Column<Instant> CANCELLED_AT = new Column<>("cancelled_at");
    static final Column<String> NOTES = new Column<>("notes");
    static final Column<Instant> ARRIVAL_FROM = new Column<>("arrival_from");
    static final Column<Instant> ARRIVAL_TO = new Column<>("arrival_to");
    static final Column<Integer> RATING_STARS = new Column<>("rating_stars");
    static final Column<String> RATING_COMMENT = new Column<>("rating_comment");
    static final Column<Long> VERSION = new Column<>("version");
    static final Column<Instant> CREATED_AT = new Column<>("created_at");
    static final Column<Instant> UPDATED_AT = new Column<>("updated_at");
    static final Column<Instant> OFFER_EXPIRES_AT = new Column<>("offer_expires_at");

    static final Table<UUID> BOOKING_VIEW = new Table<>("booking_view", BOOKING_ID);

    private BookingViewTable() {}
}
