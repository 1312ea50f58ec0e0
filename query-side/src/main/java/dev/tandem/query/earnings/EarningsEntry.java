package dev.tandem.query.earnings;

import dev.tandem.api.earnings.EarningView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code earnings_ledger}: one completed booking's earnings, tips added as they come. Read only
 * ({@link EarningsLedgerProjection} writes it).
 */
@Entity
@Immutable
@Table(name = "earnings_ledger")
class EarningsEntry {

    @Id
    @Column(name = "booking_id")
    private UUID bookingId;

    @Column(name = "business_id")
    private UUID businessId;

    @Column(name = "provider_id")
    private UUID providerId;

    @Column(name = "pay_rate_type")
    private String payRateType;

    @Column(name = "pay_rate_amount")
    private long payRateAmount;

    @Column(name = "gross_cents")
    private long grossCents;

    @Column(name = "provider_earnings_cents")
    private long providerEarningsCents;

    @Column(name = "business_commission_cents")
    private long businessCommissionCents;

    @Column(name = "tip_cents")
    private long tipCents;

    private String currency;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "job_start")
    private Instant jobStart;

    protected EarningsEntry() {}

    UUID businessId() {
        return businessId;
    }

    UUID bookingId() {
        return bookingId;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    Instant jobStart() {
        return jobStart;
    }

    EarningView toView() {
        return new EarningView(
                bookingId.toString(),
                providerId.toString(),
                payRateType,
                payRateAmount,
                grossCents,
                providerEarningsCents,
                businessCommissionCents,
                tipCents,
                currency,
                recordedAt,
                jobStart);
    }
}
