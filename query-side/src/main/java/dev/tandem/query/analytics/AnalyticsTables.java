package dev.tandem.query.analytics;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The analytics tables and the columns their writes set, named once so that the compiler checks
 * {@link AnalyticsProjection}'s writes. The schema is in V11__analytics.sql.
 */
final class AnalyticsTables {

    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");

    static final Table<UUID> ANALYTICS_BUSINESS = new Table<>("analytics_business", BUSINESS_ID);

    static final Column<String> NAME = new Column<>("name");
    static final Column<Instant> DEACTIVATED_AT = new Column<>("deactivated_at");
    static final Table<UUID> ANALYTICS_PROVIDER = new Table<>("analytics_provider", PROVIDER_ID);

    static final Column<UUID> BOOKING_ID = new Column<>("booking_id");
    static final Column<String> SERVICE = new Column<>("service");
    static final Column<Instant> SCHEDULED_START = new Column<>("scheduled_start");
    static final Column<Integer> DURATION_MINUTES = new Column<>("duration_minutes");
    static final Column<Long> PRICE_CENTS = new Column<>("price_cents");
    static final Column<String> STATUS = new Column<>("status");
    static final Column<Integer> STARS = new Column<>("stars");
    static final Column<Long> TIP_CENTS = new Column<>("tip_cents");
    static final Column<Long> GROSS_CENTS = new Column<>("gross_cents");
    static final Column<Long> PROVIDER_EARNINGS_CENTS = new Column<>("provider_earnings_cents");
    static final Column<Long> BUSINESS_COMMISSION_CENTS = new Column<>("business_commission_cents");
    static final Table<UUID> ANALYTICS_BOOKING = new Table<>("analytics_booking", BOOKING_ID);

    static final Column<String> DECLINE_ID = new Column<>("decline_id");
    static final Table<String> ANALYTICS_DECLINE = new Table<>("analytics_decline", DECLINE_ID);

    /** Keyed here by provider: its schedules are written by statements of their own, in the order set. */
    static final Table<UUID> ANALYTICS_WEEKLY_HOURS = new Table<>("analytics_weekly_hours", PROVIDER_ID);

    static final Column<UUID> TIME_OFF_ID = new Column<>("time_off_id");
    static final Table<UUID> ANALYTICS_TIME_OFF = new Table<>("analytics_time_off", TIME_OFF_ID);

    private AnalyticsTables() {}
}
