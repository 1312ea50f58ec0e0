package dev.tandem.query.earnings;

import dev.tandem.platform.database.Column;
import dev.tandem.platform.database.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code earnings_ledger} and the columns its writes set, typed by what they set them to, named once so that the
 * compiler checks {@link EarningsLedgerProjection}'s writes. The schema is in V5__earnings_ledger.sql and V17__earnings_by_job_date.sql.
 */
final class EarningsLedgerTable {

    static final Column<UUID> BOOKING_ID = new Column<>("booking_id");
    static final Column<UUID> BUSINESS_ID = new Column<>("business_id");
    static final Column<UUID> PROVIDER_ID = new Column<>("provider_id");
    static final Column<String> PAY_RATE_TYPE = new Column<>("pay_rate_type");
    static final Column<Long> PAY_RATE_AMOUNT = new Column<>("pay_rate_amount");
    static final Column<Long> GROSS_CENTS = new Column<>("gross_cents");
    static final Column<Long> PROVIDER_EARNINGS_CENTS = new Column<>("provider_earnings_cents");
    static final Column<Long> BUSINESS_COMMISSION_CENTS = new Column<>("business_commission_cents");
    static final Column<Long> TIP_CENTS = new Column<>("tip_cents");
    static final Column<String> CURRENCY = new Column<>("currency");
    static final Column<Instant> RECORDED_AT = new Column<>("recorded_at");
    static final Column<Instant> JOB_START = new Column<>("job_start");

    static final Table<UUID> EARNINGS_LEDGER = new Table<>("earnings_ledger", BOOKING_ID);

    /** {@code earnings_job}: each booking's scheduled start, until its earnings take it (V17). */
    static final Column<Instant> SCHEDULED_START = new Column<>("scheduled_start");

    static final Table<UUID> EARNINGS_JOB = new Table<>("earnings_job", BOOKING_ID);

    private EarningsLedgerTable() {}
}
