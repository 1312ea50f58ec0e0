package dev.tandem.query.business;

import dev.tandem.api.business.BusinessView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of {@code business_view}, read only ({@link BusinessProjection} writes it). */
@Entity
@Immutable
@Table(name = "business_view")
class BusinessEntry {

    @Id
    @Column(name = "business_id")
    private UUID businessId;

    private String name;

    @Column(name = "time_zone")
    private String timeZone;

    private String currency;

    private String locale;

    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected BusinessEntry() {}

    BusinessView toView() {
        return new BusinessView(businessId.toString(), name, timeZone, currency, locale, version, createdAt, updatedAt);
    }
}
