package dev.tandem.query.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of {@code pay_roll_currency}: the currency a business pays in. */
@Entity
@Immutable
@Table(name = "pay_roll_currency")
class PayRollCurrency {

    @Id
    @Column(name = "business_id")
    private UUID businessId;

    private String currency;

    protected PayRollCurrency() {}

    String currency() {
        return currency;
    }
}
