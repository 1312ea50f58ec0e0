package dev.tandem.query.provider;

import dev.tandem.api.provider.PayRateView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of {@code pay_roll_rate}: one pay rate a provider has had, keyed by the event that set it. */
@Entity
@Immutable
@Table(name = "pay_roll_rate")
class PayRollRate {

    @Id
    @Column(name = "event_id")
    private String eventId;

    @Column(name = "business_id")
    private UUID businessId;

    @Column(name = "provider_id")
    private UUID providerId;

    private String type;
    private long amount;

    @Column(name = "effective_from")
    private Instant effectiveFrom;

    protected PayRollRate() {}

    UUID providerId() {
        return providerId;
    }

    PayRateView toView() {
        return new PayRateView(type, amount, effectiveFrom);
    }
}
