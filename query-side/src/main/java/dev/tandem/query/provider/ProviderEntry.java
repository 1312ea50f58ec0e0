package dev.tandem.query.provider;

import dev.tandem.api.provider.GeoPointView;
import dev.tandem.api.provider.PayRateView;
import dev.tandem.api.provider.ProviderView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code provider_view}, read only ({@link ProviderViewProjection} writes it). */
@Entity
@Immutable
@Table(name = "provider_view")
class ProviderEntry {

    @Id
    @Column(name = "provider_id")
    private UUID providerId;

    @Column(name = "business_id")
    private UUID businessId;

    private String name;
    private String email;
    private String phone;
    private String bio;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] skills;

    @Column(name = "home_lat")
    private Double homeLat;

    @Column(name = "home_lng")
    private Double homeLng;

    @Column(name = "service_radius_km")
    private Integer serviceRadiusKm;

    private String status;
    private boolean active;

    @Column(name = "pay_rate_type")
    private String payRateType;

    @Column(name = "pay_rate_amount")
    private Long payRateAmount;

    @Column(name = "pay_rate_effective_from")
    private Instant payRateEffectiveFrom;

    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ProviderEntry() {}

    UUID businessId() {
        return businessId;
    }

    UUID providerId() {
        return providerId;
    }

    ProviderView toView() {
        return new ProviderView(
                providerId.toString(),
                name,
                email,
                phone,
                bio,
                List.of(skills),
                homeLat == null ? null : new GeoPointView(homeLat, homeLng),
                serviceRadiusKm,
                status,
                active,
                payRateType == null ? null : new PayRateView(payRateType, payRateAmount, payRateEffectiveFrom),
                version,
                createdAt,
                updatedAt);
    }
}
