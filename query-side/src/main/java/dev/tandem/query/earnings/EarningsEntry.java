package dev.tandem.query.earnings;

import dev.tandem.api.earnings.EarningView;
import dev.tandem.api.earnings.EarningsRecorded;
import dev.tandem.query.jpa.NewRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code earnings_ledger}: one completed booking's earnings, tips added as they come. */
@Entity
@Table(name = "earnings_ledger")
class EarningsEntry extends NewRow<UUID> {

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

    protected EarningsEntry() {}

    @Override
    public UUID getId() {
        return bookingId;
    }

    EarningsEntry(EarningsRecorded event) {
        bookingId = event.bookingId().value();
        businessId = event.businessId().value();
        providerId = event.providerId().value();
        payRateType = event.payRateType() == null ? null : event.payRateType().name();
        payRateAmount = event.payRateAmount();
        grossCents = event.grossCents();
        providerEarningsCents = event.providerEarningsCents();
        businessCommissionCents = event.businessCommissionCents();
        currency = event.currency();
        recordedAt = event.recordedAt();
    }

    void addTip(long cents) {
        tipCents = Math.addExact(tipCents, cents);
    }

    long grossCents() {
        return grossCents;
    }

    long providerEarningsCents() {
        return providerEarningsCents;
    }

    long businessCommissionCents() {
        return businessCommissionCents;
    }

    long tipCents() {
        return tipCents;
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
                recordedAt);
    }
}
